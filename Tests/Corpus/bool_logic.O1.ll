; ModuleID = 'bool_logic.c'
source_filename = "bool_logic.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [33 x i8] c"and: %d %d or: %d %d not: %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [24 x i8] c"short && : %d calls=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [24 x i8] c"short || : %d calls=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [20 x i8] c"mixed: %d calls=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [24 x i8] c"conv: %d %d %d size=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [15 x i8] c"xor(%d,%d)=%s \00", align 1
@__const.main.v1 = private unnamed_addr constant [3 x i32] [i32 1, i32 2, i32 3], align 4
@.str.7 = private unnamed_addr constant [23 x i8] c"all: %d %d any: %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [20 x i8] c"nested ternary: %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [19 x i8] c"fizz xor buzz: %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"flag: %s\0A\00", align 1
@.str.11 = private unnamed_addr constant [3 x i8] c"%d\00", align 1
@.str.12 = private unnamed_addr constant [14 x i8] c"cmp bits: %d\0A\00", align 1
@.str.13 = private unnamed_addr constant [5 x i8] c"true\00", align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"false\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [3 x i32], align 4
  %2 = alloca [8 x i8], align 1
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1, i32 noundef 0, i32 noundef 1, i32 noundef 0, i32 noundef 0, i32 noundef 1)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 0, i32 noundef 1)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 1, i32 noundef 1)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 1, i32 noundef 3)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1, i32 noundef 1, i32 noundef 0, i32 noundef 1)
  br label %33

8:                                                ; preds = %33
  %9 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %1) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %1, i8 0, i64 12, i1 false)
  br label %10

10:                                               ; preds = %10, %8
  %11 = phi i64 [ 0, %8 ], [ %15, %10 ]
  %12 = getelementptr inbounds nuw i32, ptr @__const.main.v1, i64 %11
  %13 = load i32, ptr %12, align 4, !tbaa !5
  %14 = icmp ne i32 %13, 0
  %15 = add nuw nsw i64 %11, 1
  %16 = icmp ne i64 %15, 3
  %17 = select i1 %14, i1 %16, i1 false
  br i1 %17, label %10, label %18, !llvm.loop !9

18:                                               ; preds = %10, %18
  %19 = phi i64 [ %23, %18 ], [ 0, %10 ]
  %20 = getelementptr inbounds nuw i32, ptr %1, i64 %19
  %21 = load i32, ptr %20, align 4, !tbaa !5
  %22 = icmp ne i32 %21, 0
  %23 = add nuw nsw i64 %19, 1
  %24 = icmp eq i64 %23, 3
  %25 = select i1 %22, i1 true, i1 %24
  br i1 %25, label %26, label %18, !llvm.loop !12

26:                                               ; preds = %18
  %27 = zext i1 %14 to i32
  %28 = zext i1 %22 to i32
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %27, i32 noundef 0, i32 noundef 1, i32 noundef %28)
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 2)
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 40)
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull @.str.13)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #5
  br label %44

33:                                               ; preds = %0, %33
  %34 = phi i32 [ 0, %0 ], [ %42, %33 ]
  %35 = lshr i32 %34, 1
  %36 = and i32 %34, 1
  %37 = icmp samesign ugt i32 %34, 1
  %38 = icmp ne i32 %36, 0
  %39 = xor i1 %37, %38
  %40 = select i1 %39, ptr @.str.13, ptr @.str.14
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %35, i32 noundef %36, ptr noundef nonnull %40)
  %42 = add nuw nsw i32 %34, 1
  %43 = icmp eq i32 %42, 4
  br i1 %43, label %8, label %33, !llvm.loop !13

44:                                               ; preds = %26, %44
  %45 = phi i64 [ 0, %26 ], [ %53, %44 ]
  %46 = getelementptr inbounds nuw [8 x i8], ptr %2, i64 0, i64 %45
  %47 = trunc nuw nsw i64 %45 to i32
  %48 = lshr i32 %47, 1
  %49 = trunc nuw nsw i64 %45 to i32
  %50 = add nuw nsw i32 %48, %49
  %51 = trunc nuw nsw i32 %50 to i8
  %52 = and i8 %51, 1
  store i8 %52, ptr %46, align 1, !tbaa !14
  %53 = add nuw nsw i64 %45, 1
  %54 = icmp eq i64 %53, 8
  br i1 %54, label %58, label %44, !llvm.loop !16

55:                                               ; preds = %58
  %56 = tail call i32 @putchar(i32 10)
  %57 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef 11)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %1) #5
  ret i32 0

58:                                               ; preds = %44, %58
  %59 = phi i64 [ %64, %58 ], [ 0, %44 ]
  %60 = getelementptr inbounds nuw [8 x i8], ptr %2, i64 0, i64 %59
  %61 = load i8, ptr %60, align 1, !tbaa !14, !range !17, !noundef !18
  %62 = zext nneg i8 %61 to i32
  %63 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %62)
  %64 = add nuw nsw i64 %59, 1
  %65 = icmp eq i64 %64, 8
  br i1 %65, label %55, label %58, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nofree nounwind }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
!13 = distinct !{!13, !10, !11}
!14 = !{!15, !15, i64 0}
!15 = !{!"_Bool", !7, i64 0}
!16 = distinct !{!16, !10, !11}
!17 = !{i8 0, i8 2}
!18 = !{}
!19 = distinct !{!19, !10, !11}
