; ModuleID = 'linked_list.c'
source_filename = "linked_list.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [7 x i8] c"pushed\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"reversed\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"sorted\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"lengths: %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"%s:\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c" %d\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca ptr, align 8
  br label %30

2:                                                ; preds = %30
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @.str)
  br label %4

4:                                                ; preds = %2, %4
  %5 = phi ptr [ %9, %4 ], [ %35, %2 ]
  %6 = load i32, ptr %5, align 8, !tbaa !5
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %6)
  %8 = getelementptr inbounds nuw i8, ptr %5, i64 8
  %9 = load ptr, ptr %8, align 8, !tbaa !12
  %10 = icmp eq ptr %9, null
  br i1 %10, label %11, label %4, !llvm.loop !13

11:                                               ; preds = %4
  %12 = tail call i32 @putchar(i32 10)
  br label %13

13:                                               ; preds = %11, %13
  %14 = phi ptr [ %17, %13 ], [ %35, %11 ]
  %15 = phi ptr [ %14, %13 ], [ null, %11 ]
  %16 = getelementptr inbounds nuw i8, ptr %14, i64 8
  %17 = load ptr, ptr %16, align 8, !tbaa !12
  store ptr %15, ptr %16, align 8, !tbaa !12
  %18 = icmp eq ptr %17, null
  br i1 %18, label %19, label %13, !llvm.loop !16

19:                                               ; preds = %13
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @.str.1)
  br label %21

21:                                               ; preds = %19, %21
  %22 = phi ptr [ %26, %21 ], [ %14, %19 ]
  %23 = load i32, ptr %22, align 8, !tbaa !5
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %23)
  %25 = getelementptr inbounds nuw i8, ptr %22, i64 8
  %26 = load ptr, ptr %25, align 8, !tbaa !12
  %27 = icmp eq ptr %26, null
  br i1 %27, label %28, label %21, !llvm.loop !13

28:                                               ; preds = %21
  %29 = tail call i32 @putchar(i32 10)
  br label %66

30:                                               ; preds = %0, %30
  %31 = phi i32 [ 0, %0 ], [ %37, %30 ]
  %32 = phi ptr [ null, %0 ], [ %35, %30 ]
  %33 = mul nuw nsw i32 %31, 3
  %34 = urem i32 %33, 7
  %35 = tail call noalias noundef dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #7
  store i32 %34, ptr %35, align 8, !tbaa !5
  %36 = getelementptr inbounds nuw i8, ptr %35, i64 8
  store ptr %32, ptr %36, align 8, !tbaa !12
  %37 = add nuw nsw i32 %31, 1
  %38 = icmp eq i32 %37, 8
  br i1 %38, label %2, label %30, !llvm.loop !17

39:                                               ; preds = %90
  %40 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @.str.2)
  %41 = icmp eq ptr %95, null
  br i1 %41, label %49, label %42

42:                                               ; preds = %39, %42
  %43 = phi ptr [ %47, %42 ], [ %95, %39 ]
  %44 = load i32, ptr %43, align 8, !tbaa !5
  %45 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %44)
  %46 = getelementptr inbounds nuw i8, ptr %43, i64 8
  %47 = load ptr, ptr %46, align 8, !tbaa !12
  %48 = icmp eq ptr %47, null
  br i1 %48, label %49, label %42, !llvm.loop !13

49:                                               ; preds = %42, %39
  %50 = tail call i32 @putchar(i32 10)
  %51 = tail call fastcc i32 @length(ptr noundef nonnull %14)
  %52 = tail call fastcc i32 @length(ptr noundef %95)
  %53 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %51, i32 noundef %52)
  br label %54

54:                                               ; preds = %49, %54
  %55 = phi ptr [ %57, %54 ], [ %14, %49 ]
  %56 = getelementptr inbounds nuw i8, ptr %55, i64 8
  %57 = load ptr, ptr %56, align 8, !tbaa !12
  tail call void @free(ptr noundef %55) #8
  %58 = icmp eq ptr %57, null
  br i1 %58, label %59, label %54, !llvm.loop !18

59:                                               ; preds = %54
  br i1 %41, label %65, label %60

60:                                               ; preds = %59, %60
  %61 = phi ptr [ %63, %60 ], [ %95, %59 ]
  %62 = getelementptr inbounds nuw i8, ptr %61, i64 8
  %63 = load ptr, ptr %62, align 8, !tbaa !12
  tail call void @free(ptr noundef %61) #8
  %64 = icmp eq ptr %63, null
  br i1 %64, label %65, label %60, !llvm.loop !18

65:                                               ; preds = %60, %59
  ret i32 0

66:                                               ; preds = %28, %90
  %67 = phi i32 [ 0, %28 ], [ %96, %90 ]
  %68 = phi i32 [ 12345, %28 ], [ %71, %90 ]
  %69 = phi ptr [ null, %28 ], [ %95, %90 ]
  %70 = mul i32 %68, 1103515245
  %71 = add i32 %70, 12345
  %72 = lshr i32 %71, 16
  %73 = urem i32 %72, 100
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1)
  store ptr %69, ptr %1, align 8, !tbaa !19
  %74 = icmp eq ptr %69, null
  br i1 %74, label %90, label %75

75:                                               ; preds = %66
  %76 = load i32, ptr %69, align 8, !tbaa !5
  %77 = icmp slt i32 %76, %73
  br i1 %77, label %81, label %90

78:                                               ; preds = %81
  %79 = load i32, ptr %84, align 8, !tbaa !5
  %80 = icmp slt i32 %79, %73
  br i1 %80, label %81, label %88, !llvm.loop !20

81:                                               ; preds = %75, %78
  %82 = phi ptr [ %84, %78 ], [ %69, %75 ]
  %83 = getelementptr inbounds nuw i8, ptr %82, i64 8
  %84 = load ptr, ptr %83, align 8, !tbaa !19
  %85 = icmp eq ptr %84, null
  br i1 %85, label %86, label %78, !llvm.loop !20

86:                                               ; preds = %81
  %87 = getelementptr inbounds nuw i8, ptr %82, i64 8
  br label %90, !llvm.loop !20

88:                                               ; preds = %78
  %89 = getelementptr inbounds nuw i8, ptr %82, i64 8
  br label %90

90:                                               ; preds = %88, %75, %86, %66
  %91 = phi ptr [ %1, %66 ], [ %87, %86 ], [ %1, %75 ], [ %89, %88 ]
  %92 = phi ptr [ %69, %66 ], [ %84, %86 ], [ %69, %75 ], [ %84, %88 ]
  %93 = tail call noalias dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #7
  store i32 %73, ptr %93, align 8, !tbaa !5
  %94 = getelementptr inbounds nuw i8, ptr %93, i64 8
  store ptr %92, ptr %94, align 8, !tbaa !12
  store ptr %93, ptr %91, align 8, !tbaa !19
  %95 = load ptr, ptr %1, align 8, !tbaa !19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1)
  %96 = add nuw nsw i32 %67, 1
  %97 = icmp eq i32 %96, 12
  br i1 %97, label %39, label %66, !llvm.loop !21
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: nofree nosync nounwind memory(read, inaccessiblemem: none) uwtable
define internal fastcc i32 @length(ptr noundef readonly captures(address_is_null) %0) unnamed_addr #2 {
  br label %2

2:                                                ; preds = %6, %1
  %3 = phi i32 [ 0, %1 ], [ %9, %6 ]
  %4 = phi ptr [ %0, %1 ], [ %8, %6 ]
  %5 = icmp eq ptr %4, null
  br i1 %5, label %10, label %6

6:                                                ; preds = %2
  %7 = getelementptr inbounds nuw i8, ptr %4, i64 8
  %8 = load ptr, ptr %7, align 8, !tbaa !12
  %9 = add nsw i32 %3, 1
  br label %2

10:                                               ; preds = %2
  %11 = add nsw i32 %3, 0
  ret i32 %11
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #6

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nosync nounwind memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nounwind allocsize(0) }
attributes #8 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"Node", !7, i64 0, !10, i64 8}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!"p1 _ZTS4Node", !11, i64 0}
!11 = !{!"any pointer", !8, i64 0}
!12 = !{!6, !10, i64 8}
!13 = distinct !{!13, !14, !15}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!"llvm.loop.unroll.disable"}
!16 = distinct !{!16, !14, !15}
!17 = distinct !{!17, !14, !15}
!18 = distinct !{!18, !14, !15}
!19 = !{!10, !10, i64 0}
!20 = distinct !{!20, !14, !15}
!21 = distinct !{!21, !14, !15}
