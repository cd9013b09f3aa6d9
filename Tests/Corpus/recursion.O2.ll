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
  %1 = tail call fastcc i32 @fib(i32 noundef 0)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 0, i32 noundef %1)
  %3 = tail call fastcc i32 @fib(i32 noundef 4)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 4, i32 noundef %3)
  %5 = tail call fastcc i32 @fib(i32 noundef 8)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 8, i32 noundef %5)
  %7 = tail call fastcc i32 @fib(i32 noundef 12)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 12, i32 noundef %7)
  %9 = tail call fastcc i32 @fib(i32 noundef 16)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 16, i32 noundef %9)
  %11 = tail call fastcc i32 @fib(i32 noundef 20)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 20, i32 noundef %11)
  %13 = tail call fastcc i32 @ack(i32 noundef 0, i32 noundef 0)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 0, i32 noundef 0, i32 noundef %13)
  %15 = tail call fastcc i32 @ack(i32 noundef 0, i32 noundef 1)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 0, i32 noundef 1, i32 noundef %15)
  %17 = tail call fastcc i32 @ack(i32 noundef 0, i32 noundef 2)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 0, i32 noundef 2, i32 noundef %17)
  %19 = tail call fastcc i32 @ack(i32 noundef 0, i32 noundef 3)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 0, i32 noundef 3, i32 noundef %19)
  %21 = tail call fastcc i32 @ack(i32 noundef 1, i32 noundef 0)
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 1, i32 noundef 0, i32 noundef %21)
  %23 = tail call fastcc i32 @ack(i32 noundef 1, i32 noundef 1)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 1, i32 noundef 1, i32 noundef %23)
  %25 = tail call fastcc i32 @ack(i32 noundef 1, i32 noundef 2)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 1, i32 noundef 2, i32 noundef %25)
  %27 = tail call fastcc i32 @ack(i32 noundef 1, i32 noundef 3)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 1, i32 noundef 3, i32 noundef %27)
  %29 = tail call fastcc i32 @ack(i32 noundef 2, i32 noundef 0)
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 2, i32 noundef 0, i32 noundef %29)
  %31 = tail call fastcc i32 @ack(i32 noundef 2, i32 noundef 1)
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 2, i32 noundef 1, i32 noundef %31)
  %33 = tail call fastcc i32 @ack(i32 noundef 2, i32 noundef 2)
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 2, i32 noundef 2, i32 noundef %33)
  %35 = tail call fastcc i32 @ack(i32 noundef 2, i32 noundef 3)
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 2, i32 noundef 3, i32 noundef %35)
  %37 = tail call fastcc i32 @ack(i32 noundef 3, i32 noundef 3)
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %37)
  br label %39

39:                                               ; preds = %0, %41
  %40 = phi i32 [ %42, %41 ], [ 9, %0 ]
  switch i32 %40, label %41 [
    i32 0, label %43
    i32 1, label %44
  ]

41:                                               ; preds = %39
  %42 = add nsw i32 %40, -2
  br label %39

43:                                               ; preds = %39
  br label %44

44:                                               ; preds = %39, %43
  %45 = phi i32 [ 1, %43 ], [ 0, %39 ]
  br label %46

46:                                               ; preds = %48, %44
  %47 = phi i32 [ 7, %44 ], [ %49, %48 ]
  switch i32 %47, label %48 [
    i32 0, label %51
    i32 1, label %50
  ]

48:                                               ; preds = %46
  %49 = add nsw i32 %47, -2
  br label %46

50:                                               ; preds = %46
  br label %51

51:                                               ; preds = %46, %50
  %52 = phi i32 [ 0, %50 ], [ 1, %46 ]
  %53 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 1, i32 noundef %45, i32 noundef %52, i32 noundef 1)
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef 2432902008176640000)
  tail call fastcc void @hanoi(i32 noundef 5, i8 noundef signext 65, i8 noundef signext 67, i8 noundef signext 66)
  %55 = load i32, ptr @moves, align 4, !tbaa !5
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %55)
  %57 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 45)
  br label %58

58:                                               ; preds = %72, %51
  %59 = phi i32 [ %62, %72 ], [ 8, %51 ]
  %60 = phi i32 [ %73, %72 ], [ 0, %51 ]
  br label %61

61:                                               ; preds = %75, %58
  %62 = phi i32 [ %59, %58 ], [ %76, %75 ]
  %63 = sub nsw i32 %62, %60
  %64 = lshr i32 %63, 1
  %65 = add nsw i32 %64, %60
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds i32, ptr @__const.main.sorted, i64 %66
  %68 = load i32, ptr %67, align 4, !tbaa !5
  %69 = icmp eq i32 %68, 13
  br i1 %69, label %78, label %70

70:                                               ; preds = %61
  %71 = icmp slt i32 %68, 13
  br i1 %71, label %72, label %75

72:                                               ; preds = %70
  %73 = add nsw i32 %65, 1
  %74 = icmp slt i32 %65, %62
  br i1 %74, label %58, label %78

75:                                               ; preds = %70
  %76 = add nsw i32 %65, -1
  %77 = icmp ult i32 %63, 2
  br i1 %77, label %78, label %61

78:                                               ; preds = %72, %61, %75
  %79 = phi i32 [ -1, %75 ], [ %65, %61 ], [ -1, %72 ]
  br label %80

80:                                               ; preds = %94, %78
  %81 = phi i32 [ %84, %94 ], [ 8, %78 ]
  %82 = phi i32 [ %95, %94 ], [ 0, %78 ]
  br label %83

83:                                               ; preds = %97, %80
  %84 = phi i32 [ %81, %80 ], [ %98, %97 ]
  %85 = sub nsw i32 %84, %82
  %86 = lshr i32 %85, 1
  %87 = add nuw nsw i32 %86, %82
  %88 = zext nneg i32 %87 to i64
  %89 = getelementptr inbounds nuw i32, ptr @__const.main.sorted, i64 %88
  %90 = load i32, ptr %89, align 4, !tbaa !5
  %91 = icmp eq i32 %90, 1
  br i1 %91, label %100, label %92

92:                                               ; preds = %83
  %93 = icmp slt i32 %90, 1
  br i1 %93, label %94, label %97

94:                                               ; preds = %92
  %95 = add nuw nsw i32 %87, 1
  %96 = icmp slt i32 %87, %84
  br i1 %96, label %80, label %100

97:                                               ; preds = %92
  %98 = add nsw i32 %87, -1
  %99 = icmp ult i32 %85, 2
  br i1 %99, label %100, label %83

100:                                              ; preds = %94, %83, %97
  %101 = phi i32 [ -1, %97 ], [ %87, %83 ], [ -1, %94 ]
  br label %102

102:                                              ; preds = %116, %100
  %103 = phi i32 [ %106, %116 ], [ 8, %100 ]
  %104 = phi i32 [ %117, %116 ], [ 0, %100 ]
  br label %105

105:                                              ; preds = %119, %102
  %106 = phi i32 [ %103, %102 ], [ %120, %119 ]
  %107 = sub nsw i32 %106, %104
  %108 = lshr i32 %107, 1
  %109 = add nuw nsw i32 %108, %104
  %110 = zext nneg i32 %109 to i64
  %111 = getelementptr inbounds nuw i32, ptr @__const.main.sorted, i64 %110
  %112 = load i32, ptr %111, align 4, !tbaa !5
  %113 = icmp eq i32 %112, 4
  br i1 %113, label %122, label %114

114:                                              ; preds = %105
  %115 = icmp slt i32 %112, 4
  br i1 %115, label %116, label %119

116:                                              ; preds = %114
  %117 = add nuw nsw i32 %109, 1
  %118 = icmp slt i32 %109, %106
  br i1 %118, label %102, label %122

119:                                              ; preds = %114
  %120 = add nsw i32 %109, -1
  %121 = icmp ult i32 %107, 2
  br i1 %121, label %122, label %105

122:                                              ; preds = %116, %105, %119
  %123 = phi i32 [ -1, %119 ], [ %109, %105 ], [ -1, %116 ]
  %124 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %79, i32 noundef %101, i32 noundef %123)
  %125 = tail call fastcc double @power(double noundef 2.000000e+00, i32 noundef 30)
  %126 = tail call fastcc double @power(double noundef 1.500000e+00, i32 noundef 7)
  %127 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %125, double noundef %126)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i32 @fib(i32 noundef range(i32 -2147483648, 21) %0) unnamed_addr #2 {
  %2 = icmp slt i32 %0, 2
  br i1 %2, label %11, label %3

3:                                                ; preds = %1, %3
  %4 = phi i32 [ %8, %3 ], [ %0, %1 ]
  %5 = phi i32 [ %9, %3 ], [ 0, %1 ]
  %6 = add nsw i32 %4, -1
  %7 = tail call fastcc i32 @fib(i32 noundef %6)
  %8 = add nsw i32 %4, -2
  %9 = add nsw i32 %7, %5
  %10 = icmp samesign ult i32 %4, 4
  br i1 %10, label %11, label %3

11:                                               ; preds = %3, %1
  %12 = phi i32 [ 0, %1 ], [ %9, %3 ]
  %13 = phi i32 [ %0, %1 ], [ %8, %3 ]
  %14 = add nsw i32 %13, %12
  ret i32 %14
}

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc range(i32 -2147483647, -2147483648) i32 @ack(i32 noundef range(i32 -2147483648, 4) %0, i32 noundef %1) unnamed_addr #2 {
  %3 = icmp eq i32 %0, 0
  br i1 %3, label %4, label %7

4:                                                ; preds = %11, %2
  %5 = phi i32 [ %1, %2 ], [ %12, %11 ]
  %6 = add nsw i32 %5, 1
  ret i32 %6

7:                                                ; preds = %2, %11
  %8 = phi i32 [ %12, %11 ], [ %1, %2 ]
  %9 = phi i32 [ %13, %11 ], [ %0, %2 ]
  %10 = icmp eq i32 %8, 0
  br i1 %10, label %11, label %15

11:                                               ; preds = %7, %15
  %12 = phi i32 [ %17, %15 ], [ 1, %7 ]
  %13 = add nsw i32 %9, -1
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %4, label %7

15:                                               ; preds = %7
  %16 = add nsw i32 %8, -1
  %17 = tail call fastcc i32 @ack(i32 noundef %9, i32 noundef %16)
  br label %11
}

; Function Attrs: nofree nounwind uwtable
define internal fastcc void @hanoi(i32 noundef range(i32 0, 6) %0, i8 noundef signext range(i8 65, 68) %1, i8 noundef signext range(i8 65, 68) %2, i8 noundef signext range(i8 65, 68) %3) unnamed_addr #0 {
  %5 = icmp eq i32 %0, 0
  br i1 %5, label %21, label %6

6:                                                ; preds = %4
  %7 = zext nneg i8 %2 to i32
  br label %8

8:                                                ; preds = %6, %19
  %9 = phi i8 [ %3, %6 ], [ %10, %19 ]
  %10 = phi i8 [ %1, %6 ], [ %9, %19 ]
  %11 = phi i32 [ %0, %6 ], [ %12, %19 ]
  %12 = add nsw i32 %11, -1
  tail call fastcc void @hanoi(i32 noundef %12, i8 noundef signext %10, i8 noundef signext %9, i8 noundef signext %2)
  %13 = load i32, ptr @moves, align 4, !tbaa !5
  %14 = add nsw i32 %13, 1
  store i32 %14, ptr @moves, align 4, !tbaa !5
  %15 = icmp samesign ugt i32 %11, 3
  br i1 %15, label %16, label %19

16:                                               ; preds = %8
  %17 = zext nneg i8 %10 to i32
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %11, i32 noundef %17, i32 noundef %7)
  br label %19

19:                                               ; preds = %16, %8
  %20 = icmp eq i32 %12, 0
  br i1 %20, label %21, label %8

21:                                               ; preds = %19, %4
  ret void
}

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc double @power(double noundef %0, i32 noundef range(i32 0, 31) %1) unnamed_addr #2 {
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
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
