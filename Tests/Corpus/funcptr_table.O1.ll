; ModuleID = 'funcptr_table.c'
source_filename = "funcptr_table.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Op = type { ptr, ptr }

@__const.main.xs = private unnamed_addr constant [5 x i32] [i32 3, i32 9, i32 4, i32 12, i32 7], align 16
@.str = private unnamed_addr constant [8 x i8] c"%s: %d\0A\00", align 1
@names.rel = internal unnamed_addr constant [5 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.9 to i64), i64 ptrtoint (ptr @names.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.10 to i64), i64 ptrtoint (ptr @names.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.11 to i64), i64 ptrtoint (ptr @names.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.12 to i64), i64 ptrtoint (ptr @names.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.13 to i64), i64 ptrtoint (ptr @names.rel to i64)) to i32)], align 4
@table = internal unnamed_addr constant [5 x ptr] [ptr @add, ptr @sub, ptr @mul, ptr @maxi, ptr @band], align 16
@.str.1 = private unnamed_addr constant [5 x i8] c"+*-?\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"%c -> %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [12 x i8] c"%c -> none\0A\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"twice\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"square\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"negate\00", align 1
@__const.main.ops = private unnamed_addr constant [3 x %struct.Op] [%struct.Op { ptr @.str.4, ptr @twice }, %struct.Op { ptr @.str.5, ptr @square }, %struct.Op { ptr @.str.6, ptr @negate }], align 16
@__const.main.compose = private unnamed_addr constant [3 x ptr] [ptr @square, ptr @twice, ptr @negate], align 16
@.str.7 = private unnamed_addr constant [14 x i8] c"composed: %g\0A\00", align 1
@.str.8 = private unnamed_addr constant [20 x i8] c"chosen: %d same=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"add\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"sub\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"mul\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"max\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"and\00", align 1
@.str.14 = private unnamed_addr constant [11 x i8] c"%s(%g)=%g\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %19
  %2 = phi i64 [ 0, %0 ], [ %21, %19 ]
  %3 = shl i64 %2, 2
  %4 = call ptr @llvm.load.relative.i64(ptr @names.rel, i64 %3)
  %5 = getelementptr inbounds nuw [5 x ptr], ptr @table, i64 0, i64 %2
  %6 = load ptr, ptr %5, align 8, !tbaa !5
  %7 = icmp eq i64 %2, 2
  %8 = icmp eq i64 %2, 4
  %9 = sext i1 %8 to i32
  %10 = select i1 %7, i32 1, i32 %9
  br label %11

11:                                               ; preds = %11, %1
  %12 = phi i64 [ 0, %1 ], [ %17, %11 ]
  %13 = phi i32 [ %10, %1 ], [ %16, %11 ]
  %14 = getelementptr inbounds nuw i32, ptr @__const.main.xs, i64 %12
  %15 = load i32, ptr %14, align 4, !tbaa !9
  %16 = tail call i32 %6(i32 noundef %13, i32 noundef %15) #5
  %17 = add nuw nsw i64 %12, 1
  %18 = icmp eq i64 %17, 5
  br i1 %18, label %19, label %11, !llvm.loop !11

19:                                               ; preds = %11
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef %4, i32 noundef %16)
  %21 = add nuw nsw i64 %2, 1
  %22 = icmp eq i64 %21, 5
  br i1 %22, label %23, label %1, !llvm.loop !14

23:                                               ; preds = %19, %48
  %24 = phi ptr [ %49, %48 ], [ @.str.1, %19 ]
  %25 = load i8, ptr %24, align 1, !tbaa !15
  switch i8 %25, label %38 [
    i8 0, label %26
    i8 43, label %39
    i8 45, label %36
    i8 42, label %37
  ]

26:                                               ; preds = %23, %26
  %27 = phi i64 [ %34, %26 ], [ 0, %23 ]
  %28 = getelementptr inbounds nuw %struct.Op, ptr @__const.main.ops, i64 %27
  %29 = load ptr, ptr %28, align 16, !tbaa !16
  %30 = getelementptr inbounds nuw i8, ptr %28, i64 8
  %31 = load ptr, ptr %30, align 8, !tbaa !19
  %32 = tail call double %31(double noundef 1.500000e+00) #5
  %33 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef %29, double noundef 1.500000e+00, double noundef %32)
  %34 = add nuw nsw i64 %27, 1
  %35 = icmp eq i64 %34, 3
  br i1 %35, label %53, label %26, !llvm.loop !20

36:                                               ; preds = %23
  br label %39

37:                                               ; preds = %23
  br label %39

38:                                               ; preds = %23
  br label %39

39:                                               ; preds = %23, %36, %37, %38
  %40 = phi i1 [ true, %38 ], [ false, %36 ], [ false, %37 ], [ false, %23 ]
  %41 = phi ptr [ null, %38 ], [ @sub, %36 ], [ @mul, %37 ], [ @add, %23 ]
  %42 = sext i8 %25 to i32
  br i1 %40, label %46, label %43

43:                                               ; preds = %39
  %44 = tail call i32 %41(i32 noundef 20, i32 noundef 6) #5, !callees !21
  %45 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %42, i32 noundef %44)
  br label %48

46:                                               ; preds = %39
  %47 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %42)
  br label %48

48:                                               ; preds = %46, %43
  %49 = getelementptr inbounds nuw i8, ptr %24, i64 1
  br label %23, !llvm.loop !22

50:                                               ; preds = %53
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %58)
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 42, i32 noundef 1)
  ret i32 0

53:                                               ; preds = %26, %53
  %54 = phi i64 [ %59, %53 ], [ 0, %26 ]
  %55 = phi double [ %58, %53 ], [ 3.000000e+00, %26 ]
  %56 = getelementptr inbounds nuw [3 x ptr], ptr @__const.main.compose, i64 0, i64 %54
  %57 = load ptr, ptr %56, align 8, !tbaa !5
  %58 = tail call double %57(double noundef %55) #5
  %59 = add nuw nsw i64 %54, 1
  %60 = icmp eq i64 %59, 3
  br i1 %60, label %50, label %53, !llvm.loop !23
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef double @twice(double noundef %0) #2 {
  %2 = fmul double %0, 2.000000e+00
  ret double %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef double @square(double noundef %0) #2 {
  %2 = fmul double %0, %0
  ret double %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef double @negate(double noundef %0) #2 {
  %2 = fneg double %0
  ret double %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i32 @mul(i32 noundef %0, i32 noundef %1) #2 {
  %3 = mul nsw i32 %1, %0
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i32 @add(i32 noundef %0, i32 noundef %1) #2 {
  %3 = add nsw i32 %1, %0
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i32 @sub(i32 noundef %0, i32 noundef %1) #2 {
  %3 = sub nsw i32 %0, %1
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef i32 @maxi(i32 noundef %0, i32 noundef %1) #2 {
  %3 = tail call i32 @llvm.smax.i32(i32 %0, i32 %1)
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef i32 @band(i32 noundef %0, i32 noundef %1) #2 {
  %3 = and i32 %1, %0
  ret i32 %3
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare ptr @llvm.load.relative.i64(ptr, i64) #4

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = !{!7, !7, i64 0}
!16 = !{!17, !18, i64 0}
!17 = !{!"Op", !18, i64 0, !6, i64 8}
!18 = !{!"p1 omnipotent char", !6, i64 0}
!19 = !{!17, !6, i64 8}
!20 = distinct !{!20, !12, !13}
!21 = !{ptr @add, ptr @mul, ptr @sub}
!22 = distinct !{!22, !12, !13}
!23 = distinct !{!23, !12, !13}
