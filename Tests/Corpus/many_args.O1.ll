; ModuleID = 'many_args.c'
source_filename = "many_args.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Pair = type { i64, i64 }

@.str = private unnamed_addr constant [31 x i8] c"ints: %d %d %d %d %d %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [34 x i8] c"dbls: %g %g %g %g %g %g %g %g %g\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"ints10: %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"ints10 neg: %lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"dbl10: %g\0A\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"mixed: %.3f\0A\00", align 1
@__const.main.p = private unnamed_addr constant %struct.Pair { i64 1, i64 2 }, align 8
@__const.main.q = private unnamed_addr constant %struct.Pair { i64 3, i64 4 }, align 8
@.str.6 = private unnamed_addr constant [19 x i8] c"with_struct: %lld\0A\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"narrow: %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"floats: %g\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i64 -118111600640, 118111600586) i64 @ints10(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7, i32 noundef %8, i32 noundef %9) local_unnamed_addr #0 {
  %11 = sext i32 %0 to i64
  %12 = sext i32 %1 to i64
  %13 = shl nsw i64 %12, 1
  %14 = add nsw i64 %13, %11
  %15 = sext i32 %2 to i64
  %16 = mul nsw i64 %15, 3
  %17 = add nsw i64 %14, %16
  %18 = sext i32 %3 to i64
  %19 = shl nsw i64 %18, 2
  %20 = add nsw i64 %17, %19
  %21 = sext i32 %4 to i64
  %22 = mul nsw i64 %21, 5
  %23 = add nsw i64 %20, %22
  %24 = sext i32 %5 to i64
  %25 = mul nsw i64 %24, 6
  %26 = add nsw i64 %23, %25
  %27 = sext i32 %6 to i64
  %28 = mul nsw i64 %27, 7
  %29 = add nsw i64 %26, %28
  %30 = sext i32 %7 to i64
  %31 = shl nsw i64 %30, 3
  %32 = add nsw i64 %29, %31
  %33 = sext i32 %8 to i64
  %34 = mul nsw i64 %33, 9
  %35 = add nsw i64 %32, %34
  %36 = sext i32 %9 to i64
  %37 = mul nsw i64 %36, 10
  %38 = add nsw i64 %35, %37
  ret i64 %38
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local double @dbl10(double noundef %0, double noundef %1, double noundef %2, double noundef %3, double noundef %4, double noundef %5, double noundef %6, double noundef %7, double noundef %8, double noundef %9) local_unnamed_addr #0 {
  %11 = fsub double %0, %1
  %12 = fadd double %11, %2
  %13 = fsub double %12, %3
  %14 = fadd double %13, %4
  %15 = fsub double %14, %5
  %16 = fadd double %15, %6
  %17 = fsub double %16, %7
  %18 = tail call double @llvm.fmuladd.f64(double %8, double 1.000000e+02, double %17)
  %19 = fneg double %9
  %20 = tail call double @llvm.fmuladd.f64(double %19, double 1.000000e+03, double %18)
  ret double %20
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local double @mixed(i32 noundef %0, double noundef %1, i64 noundef %2, float noundef %3, i8 noundef signext %4, double noundef %5, i16 noundef signext %6, double noundef %7, i32 noundef %8, double noundef %9, i64 noundef %10, double noundef %11, i32 noundef %12, double noundef %13, double noundef %14, i32 noundef %15, double noundef %16) local_unnamed_addr #0 {
  %18 = sitofp i32 %0 to double
  %19 = fadd double %1, %18
  %20 = sitofp i64 %2 to double
  %21 = fadd double %19, %20
  %22 = fpext float %3 to double
  %23 = fadd double %21, %22
  %24 = sitofp i8 %4 to double
  %25 = fadd double %23, %24
  %26 = fadd double %5, %25
  %27 = sitofp i16 %6 to double
  %28 = fadd double %26, %27
  %29 = fadd double %7, %28
  %30 = uitofp i32 %8 to double
  %31 = fadd double %29, %30
  %32 = fadd double %9, %31
  %33 = sitofp i64 %10 to double
  %34 = fadd double %32, %33
  %35 = fadd double %11, %34
  %36 = sitofp i32 %12 to double
  %37 = fadd double %35, %36
  %38 = fadd double %13, %37
  %39 = fadd double %14, %38
  %40 = sitofp i32 %15 to double
  %41 = fadd double %39, %40
  %42 = fadd double %16, %41
  ret double %42
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local i64 @with_struct(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, ptr noundef readonly byval(%struct.Pair) align 8 captures(none) %5, i32 noundef %6, ptr noundef readonly byval(%struct.Pair) align 8 captures(none) %7) local_unnamed_addr #2 {
  %9 = add nsw i32 %1, %0
  %10 = add nsw i32 %9, %2
  %11 = add nsw i32 %10, %3
  %12 = add nsw i32 %11, %4
  %13 = sext i32 %12 to i64
  %14 = load i64, ptr %5, align 8, !tbaa !5
  %15 = mul nsw i64 %14, 10
  %16 = getelementptr inbounds nuw i8, ptr %5, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !10
  %18 = mul nsw i64 %17, 100
  %19 = sext i32 %6 to i64
  %20 = load i64, ptr %7, align 8, !tbaa !5
  %21 = mul nsw i64 %20, 1000
  %22 = getelementptr inbounds nuw i8, ptr %7, i64 8
  %23 = load i64, ptr %22, align 8, !tbaa !10
  %24 = mul nsw i64 %23, 10000
  %25 = add nsw i64 %19, %13
  %26 = add i64 %25, %15
  %27 = add i64 %26, %18
  %28 = add nsw i64 %27, %21
  %29 = add nsw i64 %28, %24
  ret i64 %29
}

; Function Attrs: nofree noinline nounwind uwtable
define dso_local void @print_all(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7, double noundef %8, double noundef %9, double noundef %10, double noundef %11, double noundef %12, double noundef %13, double noundef %14, double noundef %15, double noundef %16) local_unnamed_addr #3 {
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7)
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %8, double noundef %9, double noundef %10, double noundef %11, double noundef %12, double noundef %13, double noundef %14, double noundef %15, double noundef %16)
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local zeroext i8 @narrow(i8 noundef zeroext %0, i8 noundef signext %1, i16 noundef zeroext %2, i16 noundef signext %3, i8 noundef zeroext %4, i8 noundef signext %5, i16 noundef zeroext %6, i16 noundef signext %7) local_unnamed_addr #0 {
  %9 = add i8 %1, %0
  %10 = trunc i16 %2 to i8
  %11 = add i8 %9, %10
  %12 = trunc i16 %3 to i8
  %13 = add i8 %11, %12
  %14 = add i8 %13, %4
  %15 = add i8 %14, %5
  %16 = trunc i16 %6 to i8
  %17 = add i8 %15, %16
  %18 = trunc i16 %7 to i8
  %19 = add i8 %17, %18
  ret i8 %19
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local float @floats(float noundef %0, float noundef %1, float noundef %2, float noundef %3, float noundef %4, float noundef %5, float noundef %6, float noundef %7, float noundef %8, float noundef %9) local_unnamed_addr #0 {
  %11 = fmul float %1, 2.000000e+00
  %12 = fadd float %0, %11
  %13 = tail call float @llvm.fmuladd.f32(float %2, float 3.000000e+00, float %12)
  %14 = tail call float @llvm.fmuladd.f32(float %3, float 4.000000e+00, float %13)
  %15 = tail call float @llvm.fmuladd.f32(float %4, float 5.000000e+00, float %14)
  %16 = tail call float @llvm.fmuladd.f32(float %5, float 6.000000e+00, float %15)
  %17 = tail call float @llvm.fmuladd.f32(float %6, float 7.000000e+00, float %16)
  %18 = tail call float @llvm.fmuladd.f32(float %7, float 8.000000e+00, float %17)
  %19 = tail call float @llvm.fmuladd.f32(float %8, float 9.000000e+00, float %18)
  %20 = tail call float @llvm.fmuladd.f32(float %9, float 1.000000e+01, float %19)
  ret float %20
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = tail call i64 @ints10(i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i32 noundef 9, i32 noundef 10)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %1)
  %3 = tail call i64 @ints10(i32 noundef -1, i32 noundef -2, i32 noundef -3, i32 noundef -4, i32 noundef -5, i32 noundef -6, i32 noundef -7, i32 noundef -8, i32 noundef -9, i32 noundef -2147483647)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %3)
  %5 = tail call double @dbl10(double noundef 1.500000e+00, double noundef 2.500000e+00, double noundef 3.500000e+00, double noundef 4.500000e+00, double noundef 5.500000e+00, double noundef 6.500000e+00, double noundef 7.500000e+00, double noundef 8.500000e+00, double noundef 9.500000e+00, double noundef 1.050000e+01)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %5)
  %7 = tail call double @mixed(i32 noundef 1, double noundef 2.500000e+00, i64 noundef 3000000000, float noundef 4.250000e+00, i8 noundef signext 65, double noundef 6.000000e+00, i16 noundef signext -7, double noundef 8.125000e+00, i32 noundef 9, double noundef 1.000000e+01, i64 noundef -11, double noundef 1.200000e+01, i32 noundef 13, double noundef 1.400000e+01, double noundef 1.500000e+01, i32 noundef 16, double noundef 1.750000e+01)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %7)
  %9 = tail call i64 @with_struct(i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, ptr noundef nonnull byval(%struct.Pair) align 8 @__const.main.p, i32 noundef 6, ptr noundef nonnull byval(%struct.Pair) align 8 @__const.main.q)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef %9)
  tail call void @print_all(i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, double noundef 5.000000e-01, double noundef 1.500000e+00, double noundef 2.500000e+00, double noundef 3.500000e+00, double noundef 4.500000e+00, double noundef 5.500000e+00, double noundef 6.500000e+00, double noundef 7.500000e+00, double noundef 8.500000e+00)
  %11 = tail call zeroext i8 @narrow(i8 noundef zeroext -56, i8 noundef signext -100, i16 noundef zeroext -5536, i16 noundef signext -30000, i8 noundef zeroext -1, i8 noundef signext -1, i16 noundef zeroext 1, i16 noundef signext 2)
  %12 = zext i8 %11 to i32
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %12)
  %14 = tail call float @floats(float noundef 1.000000e+00, float noundef 2.000000e+00, float noundef 3.000000e+00, float noundef 4.000000e+00, float noundef 5.000000e+00, float noundef 6.000000e+00, float noundef 7.000000e+00, float noundef 8.000000e+00, float noundef 9.000000e+00, float noundef 1.050000e+01)
  %15 = fpext float %14 to double
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %15)
  ret i32 0
}

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"Pair", !7, i64 0, !7, i64 8}
!7 = !{!"long long", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!6, !7, i64 8}
