; ModuleID = 'unions.c'
source_filename = "unions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%union.anon = type { i64 }
%struct.Value = type { i32, %union.anon }

@__const.main.fs = private unnamed_addr constant [6 x float] [float 1.000000e+00, float -2.500000e+00, float 0x3FB99999A0000000, float 0.000000e+00, float -0.000000e+00, float 0x47EFFFFFE0000000], align 16
@.str = private unnamed_addr constant [12 x i8] c"%g -> %08x\0A\00", align 1
@.str.1 = private unnamed_addr constant [32 x i8] c"1.0 = %016llx halves %08x %08x\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"from bits: %g %g %g\0A\00", align 1
@.str.3 = private unnamed_addr constant [28 x i8] c"bytes: %02x %02x %02x %02x\0A\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"word: %08x\0A\00", align 1
@.str.5 = private unnamed_addr constant [20 x i8] c"inv sqrt(4) ~ %.4f\0A\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"union\00", align 1
@__const.main.vals = private unnamed_addr constant <{ { i32, [4 x i8], %union.anon }, { i32, [4 x i8], { double } }, { i32, [4 x i8], { ptr } } }> <{ { i32, [4 x i8], %union.anon } { i32 0, [4 x i8] zeroinitializer, %union.anon { i64 -42 } }, { i32, [4 x i8], { double } } { i32 1, [4 x i8] zeroinitializer, { double } { double 6.250000e+00 } }, { i32, [4 x i8], { ptr } } { i32 2, [4 x i8] zeroinitializer, { ptr } { ptr @.str.6 } } }>, align 16
@.str.7 = private unnamed_addr constant [17 x i8] c"sizes: %d %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [14 x i8] c"sign bit: %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [10 x i8] c"int %lld\0A\00", align 1
@.str.10 = private unnamed_addr constant [11 x i8] c"double %g\0A\00", align 1
@.str.11 = private unnamed_addr constant [11 x i8] c"string %s\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %7

1:                                                ; preds = %7
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef 4607182418800017408, i32 noundef 0, i32 noundef 1072693248)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef 2.000000e+00, double noundef -1.500000e+00, double noundef 4.940660e-324)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 68, i32 noundef 51, i32 noundef 34, i32 noundef 17)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 287454207)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef 0x3FDFF221E0000000)
  br label %19

7:                                                ; preds = %0, %7
  %8 = phi i64 [ 0, %0 ], [ %14, %7 ]
  %9 = getelementptr inbounds nuw [6 x float], ptr @__const.main.fs, i64 0, i64 %8
  %10 = load float, ptr %9, align 4, !tbaa !5
  %11 = fpext float %10 to double
  %12 = bitcast float %10 to i32
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %11, i32 noundef %12)
  %14 = add nuw nsw i64 %8, 1
  %15 = icmp eq i64 %14, 6
  br i1 %15, label %1, label %7, !llvm.loop !9

16:                                               ; preds = %33
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 4, i32 noundef 8, i32 noundef 16)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 1)
  ret i32 0

19:                                               ; preds = %1, %33
  %20 = phi i64 [ 0, %1 ], [ %34, %33 ]
  %21 = getelementptr inbounds nuw [3 x %struct.Value], ptr @__const.main.vals, i64 0, i64 %20
  %22 = load i32, ptr %21, align 16
  %23 = getelementptr inbounds nuw i8, ptr %21, i64 8
  %24 = load i64, ptr %23, align 8
  switch i32 %22, label %33 [
    i32 0, label %25
    i32 1, label %27
    i32 2, label %30
  ]

25:                                               ; preds = %19
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i64 noundef %24)
  br label %33

27:                                               ; preds = %19
  %28 = bitcast i64 %24 to double
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef %28)
  br label %33

30:                                               ; preds = %19
  %31 = inttoptr i64 %24 to ptr
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef %31)
  br label %33

33:                                               ; preds = %19, %25, %27, %30
  %34 = add nuw nsw i64 %20, 1
  %35 = icmp eq i64 %34, 3
  br i1 %35, label %16, label %19, !llvm.loop !12
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"float", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
