; ModuleID = 'goto_dowhile.c'
source_filename = "goto_dowhile.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [19 x i8] c"pair: %d -> %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"cleanup: %d %d %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [19 x i8] c"backward goto: %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"digits: %d %d %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [22 x i8] c"do-continue: %d k=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [34 x i8] c"state machine: state=%d steps=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %13, %0
  %2 = phi i32 [ 0, %0 ], [ %14, %13 ]
  br label %3

3:                                                ; preds = %10, %1
  %4 = phi i32 [ 0, %1 ], [ %11, %10 ]
  %5 = mul nuw nsw i32 %4, %2
  %6 = icmp eq i32 %5, 40
  %7 = add nuw nsw i32 %4, %2
  %8 = icmp eq i32 %7, 13
  %9 = select i1 %6, i1 %8, i1 false
  br i1 %9, label %16, label %10

10:                                               ; preds = %3
  %11 = add nuw nsw i32 %4, 1
  %12 = icmp eq i32 %11, 20
  br i1 %12, label %13, label %3, !llvm.loop !5

13:                                               ; preds = %10
  %14 = add nuw nsw i32 %2, 1
  %15 = icmp eq i32 %14, 20
  br i1 %15, label %16, label %1, !llvm.loop !8

16:                                               ; preds = %13, %3
  %17 = phi i32 [ %2, %3 ], [ 0, %13 ]
  %18 = phi i32 [ %4, %3 ], [ 0, %13 ]
  %19 = phi i32 [ 1, %3 ], [ 0, %13 ]
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %19, i32 noundef %17, i32 noundef %18)
  %21 = tail call noalias dereferenceable_or_null(64) ptr @malloc(i64 noundef 64) #4
  %22 = icmp eq ptr %21, null
  br i1 %22, label %48, label %23

23:                                               ; preds = %16
  %24 = tail call noalias dereferenceable_or_null(64) ptr @malloc(i64 noundef 64) #4
  %25 = icmp eq ptr %24, null
  br i1 %25, label %46, label %26

26:                                               ; preds = %23, %26
  %27 = phi i64 [ %32, %26 ], [ 0, %23 ]
  %28 = getelementptr inbounds nuw i32, ptr %21, i64 %27
  %29 = trunc i64 %27 to i32
  store i32 %29, ptr %28, align 4, !tbaa !9
  %30 = getelementptr inbounds nuw i32, ptr %24, i64 %27
  %31 = sub i32 16, %29
  store i32 %31, ptr %30, align 4, !tbaa !9
  %32 = add nuw nsw i64 %27, 1
  %33 = icmp eq i64 %32, 16
  br i1 %33, label %34, label %26, !llvm.loop !13

34:                                               ; preds = %26, %34
  %35 = phi i64 [ %43, %34 ], [ 0, %26 ]
  %36 = phi i32 [ %42, %34 ], [ 0, %26 ]
  %37 = getelementptr inbounds nuw i32, ptr %21, i64 %35
  %38 = load i32, ptr %37, align 4, !tbaa !9
  %39 = getelementptr inbounds nuw i32, ptr %24, i64 %35
  %40 = load i32, ptr %39, align 4, !tbaa !9
  %41 = mul nsw i32 %40, %38
  %42 = add nsw i32 %41, %36
  %43 = add nuw nsw i64 %35, 1
  %44 = icmp eq i64 %43, 16
  br i1 %44, label %45, label %34, !llvm.loop !14

45:                                               ; preds = %34
  tail call void @free(ptr noundef %24) #5
  br label %46

46:                                               ; preds = %45, %23
  %47 = phi i32 [ %42, %45 ], [ -1, %23 ]
  tail call void @free(ptr noundef %21) #5
  br label %48

48:                                               ; preds = %16, %46
  %49 = phi i32 [ %47, %46 ], [ -1, %16 ]
  %50 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %49, i32 noundef -1, i32 noundef -1)
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 5)
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 1, i32 noundef 1, i32 noundef 2, i32 noundef 10)
  %53 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 38, i32 noundef 10)
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 4, i32 noundef 34)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #3

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind allocsize(0) }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = distinct !{!5, !6, !7}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!"llvm.loop.unroll.disable"}
!8 = distinct !{!8, !6, !7}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = distinct !{!13, !6, !7}
!14 = distinct !{!14, !6, !7}
