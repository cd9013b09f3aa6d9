; ModuleID = 'switch_sparse.c'
source_filename = "switch_sparse.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [15 x i8] c"sparse(%d)=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"fall(%d)=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"hi 2 you\09x9\00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"'%c':%s \00", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"big(%llx)=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"vowel\00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"space\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"digit\00", align 1
@.str.9 = private unnamed_addr constant [6 x i8] c"other\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef -1000, i32 noundef 1)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 7, i32 noundef 2)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 8, i32 noundef 0)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 100, i32 noundef 3)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 4096, i32 noundef 4)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 99999, i32 noundef 5)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2147483647, i32 noundef 6)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 0, i32 noundef 0)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef -1, i32 noundef 0)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 0, i32 noundef 100)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 1, i32 noundef 101)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 2, i32 noundef 103)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 3, i32 noundef 3)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 4, i32 noundef 7)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 5, i32 noundef 12)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 6, i32 noundef 100)
  br label %17

17:                                               ; preds = %0, %26
  %18 = phi ptr [ %30, %26 ], [ @.str.2, %0 ]
  %19 = load i8, ptr %18, align 1, !tbaa !5
  switch i8 %19, label %20 [
    i8 0, label %31
    i8 9, label %22
  ]

20:                                               ; preds = %17
  %21 = sext i8 %19 to i32
  switch i8 %19, label %25 [
    i8 97, label %26
    i8 101, label %26
    i8 105, label %26
    i8 111, label %26
    i8 117, label %26
    i8 32, label %22
    i8 57, label %24
    i8 48, label %24
    i8 49, label %24
    i8 50, label %24
    i8 51, label %24
    i8 52, label %24
    i8 53, label %24
    i8 54, label %24
    i8 55, label %24
    i8 56, label %24
  ]

22:                                               ; preds = %17, %20
  %23 = phi i32 [ 32, %20 ], [ 84, %17 ]
  br label %26

24:                                               ; preds = %20, %20, %20, %20, %20, %20, %20, %20, %20, %20
  br label %26

25:                                               ; preds = %20
  br label %26

26:                                               ; preds = %20, %20, %20, %20, %20, %22, %24, %25
  %27 = phi i32 [ %21, %25 ], [ %23, %22 ], [ %21, %24 ], [ %21, %20 ], [ %21, %20 ], [ %21, %20 ], [ %21, %20 ], [ %21, %20 ]
  %28 = phi ptr [ @.str.9, %25 ], [ @.str.7, %22 ], [ @.str.8, %24 ], [ @.str.6, %20 ], [ @.str.6, %20 ], [ @.str.6, %20 ], [ @.str.6, %20 ], [ @.str.6, %20 ]
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %27, ptr noundef nonnull %28)
  %30 = getelementptr inbounds nuw i8, ptr %18, i64 1
  br label %17, !llvm.loop !8

31:                                               ; preds = %17
  %32 = tail call i32 @putchar(i32 10)
  %33 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef 4294967296, i32 noundef 1)
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef -1, i32 noundef 2)
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef 42, i32 noundef 3)
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef -9223372036854775808, i32 noundef 4)
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef 43, i32 noundef -1)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
