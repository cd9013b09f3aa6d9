; ModuleID = 'enums.c'
source_filename = "enums.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [24 x i8] c"values: %d %d %d %d %d\0A\00", align 1
@__const.main.cs = private unnamed_addr constant [5 x i32] [i32 0, i32 5, i32 6, i32 -3, i32 16], align 16
@.str.1 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"RRLRRRLL\00", align 1
@dir_names.rel = internal unnamed_addr constant [4 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.12 to i64), i64 ptrtoint (ptr @dir_names.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.13 to i64), i64 ptrtoint (ptr @dir_names.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.14 to i64), i64 ptrtoint (ptr @dir_names.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.15 to i64), i64 ptrtoint (ptr @dir_names.rel to i64)) to i32)], align 4
@__const.main.vals = private unnamed_addr constant [4 x i32] [i32 5, i32 500, i32 -1, i32 100], align 16
@.str.4 = private unnamed_addr constant [14 x i8] c"check(%d)=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [17 x i8] c"sizeof enum: %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"red\00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"green\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"blue\00", align 1
@.str.9 = private unnamed_addr constant [6 x i8] c"alpha\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"last\00", align 1
@.str.11 = private unnamed_addr constant [2 x i8] c"?\00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"north\00", align 1
@.str.13 = private unnamed_addr constant [5 x i8] c"east\00", align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"south\00", align 1
@.str.15 = private unnamed_addr constant [5 x i8] c"west\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 0, i32 noundef 5, i32 noundef 6, i32 noundef -3, i32 noundef 16)
  br label %4

2:                                                ; preds = %13
  %3 = tail call i32 @putchar(i32 10)
  br label %18

4:                                                ; preds = %0, %13
  %5 = phi i64 [ 0, %0 ], [ %16, %13 ]
  %6 = getelementptr inbounds nuw [5 x i32], ptr @__const.main.cs, i64 0, i64 %5
  %7 = load i32, ptr %6, align 4, !tbaa !5
  switch i32 %7, label %12 [
    i32 0, label %13
    i32 5, label %8
    i32 6, label %9
    i32 -3, label %10
    i32 16, label %11
  ]

8:                                                ; preds = %4
  br label %13

9:                                                ; preds = %4
  br label %13

10:                                               ; preds = %4
  br label %13

11:                                               ; preds = %4
  br label %13

12:                                               ; preds = %4
  br label %13

13:                                               ; preds = %4, %8, %9, %10, %11, %12
  %14 = phi ptr [ @.str.11, %12 ], [ @.str.7, %8 ], [ @.str.8, %9 ], [ @.str.9, %10 ], [ @.str.10, %11 ], [ @.str.6, %4 ]
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef nonnull %14)
  %16 = add nuw nsw i64 %5, 1
  %17 = icmp eq i64 %16, 5
  br i1 %17, label %2, label %4, !llvm.loop !9

18:                                               ; preds = %25, %2
  %19 = phi i32 [ 0, %2 ], [ %28, %25 ]
  %20 = phi ptr [ @.str.3, %2 ], [ %33, %25 ]
  %21 = load i8, ptr %20, align 1, !tbaa !12
  switch i8 %21, label %24 [
    i8 0, label %22
    i8 82, label %25
  ]

22:                                               ; preds = %18
  %23 = tail call i32 @putchar(i32 10)
  br label %36

24:                                               ; preds = %18
  br label %25

25:                                               ; preds = %18, %24
  %26 = phi i32 [ 3, %24 ], [ 1, %18 ]
  %27 = add nuw nsw i32 %19, %26
  %28 = and i32 %27, 3
  %29 = zext nneg i32 %28 to i64
  %30 = shl i64 %29, 2
  %31 = call ptr @llvm.load.relative.i64(ptr @dir_names.rel, i64 %30)
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef %31)
  %33 = getelementptr inbounds nuw i8, ptr %20, i64 1
  br label %18, !llvm.loop !13

34:                                               ; preds = %36
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 4)
  ret i32 2

36:                                               ; preds = %22, %36
  %37 = phi i64 [ 0, %22 ], [ %45, %36 ]
  %38 = getelementptr inbounds nuw [4 x i32], ptr @__const.main.vals, i64 0, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = icmp eq i64 %37, 2
  %41 = icmp eq i64 %37, 1
  %42 = zext i1 %41 to i32
  %43 = select i1 %40, i32 2, i32 %42
  %44 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %39, i32 noundef %43)
  %45 = add nuw nsw i64 %37, 1
  %46 = icmp eq i64 %45, 4
  br i1 %46, label %34, label %36, !llvm.loop !14
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare ptr @llvm.load.relative.i64(ptr, i64) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }

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
!12 = !{!7, !7, i64 0}
!13 = distinct !{!13, !10, !11}
!14 = distinct !{!14, !10, !11}
