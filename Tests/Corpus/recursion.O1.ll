; ModuleID = 'recursion.c'
source_filename = "recursion.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"fib(%d)=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"ack(%d,%d)=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"ack(3,3)=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [23 x i8] c"even/odd: %d %d %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"fact(20)=%lld\0A\00", align 1
@.str.5 = private unnamed_addr constant [17 x i8] c"hanoi moves: %d\0A\00", align 1
@moves = internal unnamed_addr global i32 0, align 4
@.str.6 = private unnamed_addr constant [12 x i8] c"digits: %d\0A\00", align 1
@__const.main.sorted = private unnamed_addr constant [9 x i32] [i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17], align 16
@.str.7 = private unnamed_addr constant [19 x i8] c"bsearch: %d %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [14 x i8] c"power: %g %g\0A\00", align 1
@.str.9 = private unnamed_addr constant [21 x i8] c"move disk %d %c->%c\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [9 x i32], align 16
  br label %2

2:                                                ; preds = %0, %2
  %3 = phi i32 [ 0, %0 ], [ %6, %2 ]
  %4 = tail call fastcc i32 @fib(i32 noundef %3)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %3, i32 noundef %4)
  %6 = add nuw nsw i32 %3, 4
  %7 = icmp samesign ult i32 %3, 17
  br i1 %7, label %2, label %8, !llvm.loop !5

8:                                                ; preds = %2, %31
  %9 = phi i32 [ %32, %31 ], [ 0, %2 ]
  br label %34

10:                                               ; preds = %31
  %11 = tail call fastcc i32 @ack(i32 noundef 3, i32 noundef 3)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %11)
  %13 = tail call fastcc i32 @is_even(i32 noundef 10)
  %14 = tail call fastcc i32 @is_even(i32 noundef 9)
  %15 = tail call fastcc i32 @is_even(i32 noundef 7)
  %16 = tail call fastcc i32 @is_even(i32 noundef 6)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %13, i32 noundef %14, i32 noundef %15, i32 noundef %16)
  %18 = tail call fastcc i64 @fact(i32 noundef 20)
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef %18)
  tail call fastcc void @hanoi(i32 noundef 5, i8 noundef signext 65, i8 noundef signext 67, i8 noundef signext 66)
  %20 = load i32, ptr @moves, align 4, !tbaa !8
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %20)
  %22 = tail call fastcc i32 @sum_digits(i32 noundef 987654321)
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %22)
  call void @llvm.lifetime.start.p0(i64 36, ptr nonnull %1) #6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(36) %1, ptr noundef nonnull align 16 dereferenceable(36) @__const.main.sorted, i64 36, i1 false)
  %24 = call fastcc i32 @binsearch(ptr noundef %1, i32 noundef 0, i32 noundef 8, i32 noundef 13)
  %25 = call fastcc i32 @binsearch(ptr noundef %1, i32 noundef 0, i32 noundef 8, i32 noundef 1)
  %26 = call fastcc i32 @binsearch(ptr noundef %1, i32 noundef 0, i32 noundef 8, i32 noundef 4)
  %27 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %24, i32 noundef %25, i32 noundef %26)
  %28 = call fastcc double @power(double noundef 2.000000e+00, i32 noundef 30)
  %29 = call fastcc double @power(double noundef 1.500000e+00, i32 noundef 7)
  %30 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %28, double noundef %29)
  call void @llvm.lifetime.end.p0(i64 36, ptr nonnull %1) #6
  ret i32 0

31:                                               ; preds = %34
  %32 = add nuw nsw i32 %9, 1
  %33 = icmp eq i32 %32, 3
  br i1 %33, label %10, label %8, !llvm.loop !12

34:                                               ; preds = %8, %34
  %35 = phi i32 [ 0, %8 ], [ %38, %34 ]
  %36 = tail call fastcc i32 @ack(i32 noundef %9, i32 noundef %35)
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %9, i32 noundef %35, i32 noundef %36)
  %38 = add nuw nsw i32 %35, 1
  %39 = icmp eq i32 %38, 4
  br i1 %39, label %31, label %34, !llvm.loop !13
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #2

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i32 @fib(i32 noundef range(i32 -2147483648, 21) %0) unnamed_addr #3 {
  br label %2

2:                                                ; preds = %6, %1
  %3 = phi i32 [ 0, %1 ], [ %10, %6 ]
  %4 = phi i32 [ %0, %1 ], [ %9, %6 ]
  %5 = icmp slt i32 %4, 2
  br i1 %5, label %11, label %6

6:                                                ; preds = %2
  %7 = add nsw i32 %4, -1
  %8 = tail call fastcc i32 @fib(i32 noundef %7)
  %9 = add nsw i32 %4, -2
  %10 = add nsw i32 %3, %8
  br label %2

11:                                               ; preds = %2
  %12 = add nsw i32 %3, %4
  ret i32 %12
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc range(i32 -2147483647, -2147483648) i32 @ack(i32 noundef range(i32 -2147483648, 4) %0, i32 noundef %1) unnamed_addr #3 {
  br label %3

3:                                                ; preds = %9, %12, %2
  %4 = phi i32 [ %0, %2 ], [ %11, %12 ], [ %11, %9 ]
  %5 = phi i32 [ %1, %2 ], [ %14, %12 ], [ 1, %9 ]
  %6 = icmp eq i32 %4, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %3
  %8 = add nsw i32 %5, 1
  ret i32 %8

9:                                                ; preds = %3
  %10 = icmp eq i32 %5, 0
  %11 = add nsw i32 %4, -1
  br i1 %10, label %3, label %12

12:                                               ; preds = %9
  %13 = add nsw i32 %5, -1
  %14 = tail call fastcc i32 @ack(i32 noundef %4, i32 noundef %13)
  br label %3
}

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc range(i32 0, 2) i32 @is_even(i32 noundef range(i32 0, 11) %0) unnamed_addr #3 {
  br label %2

2:                                                ; preds = %4, %1
  %3 = phi i32 [ %0, %1 ], [ %5, %4 ]
  switch i32 %3, label %4 [
    i32 0, label %7
    i32 1, label %6
  ]

4:                                                ; preds = %2
  %5 = add nsw i32 %3, -2
  br label %2

6:                                                ; preds = %2
  br label %7

7:                                                ; preds = %2, %6
  %8 = phi i32 [ 1, %2 ], [ 0, %6 ]
  ret i32 %8
}

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i64 @fact(i32 noundef %0) unnamed_addr #3 {
  br label %2

2:                                                ; preds = %6, %1
  %3 = phi i64 [ 1, %1 ], [ %9, %6 ]
  %4 = phi i32 [ %0, %1 ], [ %8, %6 ]
  %5 = icmp slt i32 %4, 2
  br i1 %5, label %10, label %6

6:                                                ; preds = %2
  %7 = zext nneg i32 %4 to i64
  %8 = add nsw i32 %4, -1
  %9 = mul nsw i64 %3, %7
  br label %2

10:                                               ; preds = %2
  %11 = mul nsw i64 %3, 1
  ret i64 %11
}

; Function Attrs: nofree nounwind uwtable
define internal fastcc void @hanoi(i32 noundef range(i32 0, 6) %0, i8 noundef signext range(i8 65, 68) %1, i8 noundef signext range(i8 65, 68) %2, i8 noundef signext range(i8 65, 68) %3) unnamed_addr #0 {
  br label %5

5:                                                ; preds = %19, %4
  %6 = phi i32 [ %0, %4 ], [ %11, %19 ]
  %7 = phi i8 [ %1, %4 ], [ %8, %19 ]
  %8 = phi i8 [ %3, %4 ], [ %7, %19 ]
  %9 = icmp eq i32 %6, 0
  br i1 %9, label %20, label %10

10:                                               ; preds = %5
  %11 = add nsw i32 %6, -1
  tail call fastcc void @hanoi(i32 noundef %11, i8 noundef signext %7, i8 noundef signext %8, i8 noundef signext %2)
  %12 = load i32, ptr @moves, align 4, !tbaa !8
  %13 = add nsw i32 %12, 1
  store i32 %13, ptr @moves, align 4, !tbaa !8
  %14 = icmp samesign ugt i32 %6, 3
  br i1 %14, label %15, label %19

15:                                               ; preds = %10
  %16 = zext nneg i8 %7 to i32
  %17 = zext nneg i8 %2 to i32
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %6, i32 noundef %16, i32 noundef %17)
  br label %19

19:                                               ; preds = %15, %10
  br label %5

20:                                               ; preds = %5
  ret void
}

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i32 @sum_digits(i32 noundef range(i32 1, 987654322) %0) unnamed_addr #3 {
  br label %2

2:                                                ; preds = %6, %1
  %3 = phi i32 [ 0, %1 ], [ %9, %6 ]
  %4 = phi i32 [ %0, %1 ], [ %8, %6 ]
  %5 = icmp samesign ult i32 %4, 10
  br i1 %5, label %10, label %6

6:                                                ; preds = %2
  %7 = urem i32 %4, 10
  %8 = udiv i32 %4, 10
  %9 = add nsw i32 %3, %7
  br label %2

10:                                               ; preds = %2
  %11 = add nsw i32 %3, %4
  ret i32 %11
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: nofree nosync nounwind memory(argmem: read) uwtable
define internal fastcc i32 @binsearch(ptr noundef nonnull readonly %0, i32 noundef %1, i32 noundef range(i32 -2147483648, 2147483647) %2, i32 noundef range(i32 1, 14) %3) unnamed_addr #5 {
  br label %5

5:                                                ; preds = %21, %19, %4
  %6 = phi i32 [ %1, %4 ], [ %20, %19 ], [ %6, %21 ]
  %7 = phi i32 [ %2, %4 ], [ %7, %19 ], [ %22, %21 ]
  %8 = icmp sgt i32 %6, %7
  br i1 %8, label %23, label %9

9:                                                ; preds = %5
  %10 = sub nsw i32 %7, %6
  %11 = lshr i32 %10, 1
  %12 = add nsw i32 %11, %6
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds i32, ptr %0, i64 %13
  %15 = load i32, ptr %14, align 4, !tbaa !8
  %16 = icmp eq i32 %15, %3
  br i1 %16, label %23, label %17

17:                                               ; preds = %9
  %18 = icmp slt i32 %15, %3
  br i1 %18, label %19, label %21

19:                                               ; preds = %17
  %20 = add nsw i32 %12, 1
  br label %5

21:                                               ; preds = %17
  %22 = add nsw i32 %12, -1
  br label %5

23:                                               ; preds = %9, %5
  %24 = phi i32 [ -1, %5 ], [ %12, %9 ]
  ret i32 %24
}

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc double @power(double noundef %0, i32 noundef range(i32 0, 31) %1) unnamed_addr #3 {
  %3 = icmp eq i32 %1, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %2, %6
  %5 = phi double [ %13, %6 ], [ 1.000000e+00, %2 ]
  ret double %5

6:                                                ; preds = %2
  %7 = lshr i32 %1, 1
  %8 = tail call fastcc double @power(double noundef %0, i32 noundef %7)
  %9 = and i32 %1, 1
  %10 = icmp eq i32 %9, 0
  %11 = fmul double %8, %8
  %12 = fmul double %0, %11
  %13 = select i1 %10, double %11, double %12
  br label %4
}

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nofree nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

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
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = distinct !{!12, !6, !7}
!13 = distinct !{!13, !6, !7}
