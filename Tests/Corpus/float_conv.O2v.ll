; ModuleID = 'float_conv.c'
source_filename = "float_conv.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [21 x i8] c"d2i(%g)=%d d2l=%lld\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"d2u: %u %u %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"d2ul: %llu %llu %llu\0A\00", align 1
@.str.3 = private unnamed_addr constant [24 x i8] c"f2s: %d %d f2uc: %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"i2d: %g %g %g\0A\00", align 1
@.str.5 = private unnamed_addr constant [16 x i8] c"u2d: %.1f %.1f\0A\00", align 1
@.str.6 = private unnamed_addr constant [16 x i8] c"l2d: %.1f %.1f\0A\00", align 1
@.str.7 = private unnamed_addr constant [22 x i8] c"ul2d: %.1f %.1f %.1f\0A\00", align 1
@.str.8 = private unnamed_addr constant [32 x i8] c"l2f: %.1f %.1f ul2f: %.1f %.1f\0A\00", align 1
@.str.9 = private unnamed_addr constant [23 x i8] c"f<->d: %.10f %.10f %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [15 x i8] c"d2f: %g %g %a\0A\00", align 1
@.str.11 = private unnamed_addr constant [22 x i8] c"small2d: %g %g %g %g\0A\00", align 1
@.str.12 = private unnamed_addr constant [11 x i8] c"sum: %lld\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0.000000e+00, i32 noundef 0, i64 noundef 0)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 5.000000e-01, i32 noundef 0, i64 noundef 0)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef -5.000000e-01, i32 noundef 0, i64 noundef 0)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 1.990000e+00, i32 noundef 1, i64 noundef 1)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef -1.990000e+00, i32 noundef -1, i64 noundef -1)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0x40FE240C9FBE76C9, i32 noundef 123456, i64 noundef 123456)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0xC1E0000000000000, i32 noundef -2147483648, i64 noundef -2147483648)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0x41DFFFFFFFC00000, i32 noundef 2147483647, i64 noundef 2147483647)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef -1, i32 noundef -1294967296, i32 noundef 0)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef -2048, i64 noundef -9223372036854775808, i64 noundef 12345)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef -32768, i32 noundef 12345, i32 noundef 255, i32 noundef 3)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef 0xC1E0000000000000, double noundef 4.200000e+01, double noundef -1.000000e+00)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef 0x41EFFFFFFFE00000, double noundef 0x41E0000000000000)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef 0x4340000000000000, double noundef 0xC3E0000000000000)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef 0x43F0000000000000, double noundef 0x43E0000000000000, double noundef 1.000000e+00)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef 0x4170000000000000, double noundef 0xC19D6F3460000000, double noundef 0x43F0000000000000, double noundef 0x43E0000000000000)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, double noundef 0x400921FB60000000, double noundef 0x400921FB60000000, i32 noundef 1)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef 0.000000e+00, double noundef 0x7FF0000000000000, double noundef 0x3FB99999A0000000)
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, double noundef 2.000000e+02, double noundef -1.000000e+02, double noundef 6.000000e+04, double noundef -3.000000e+04)
  br label %20

20:                                               ; preds = %20, %0
  %21 = phi i32 [ 0, %0 ], [ %44, %20 ]
  %22 = phi <2 x i32> [ <i32 0, i32 1>, %0 ], [ %45, %20 ]
  %23 = phi <2 x i64> [ zeroinitializer, %0 ], [ %42, %20 ]
  %24 = phi <2 x i64> [ zeroinitializer, %0 ], [ %43, %20 ]
  %25 = add <2 x i32> %22, splat (i32 2)
  %26 = uitofp nneg <2 x i32> %22 to <2 x double>
  %27 = uitofp nneg <2 x i32> %25 to <2 x double>
  %28 = fmul <2 x double> %26, splat (double 1.700000e+00)
  %29 = fmul <2 x double> %27, splat (double 1.700000e+00)
  %30 = fptosi <2 x double> %28 to <2 x i64>
  %31 = fptosi <2 x double> %29 to <2 x i64>
  %32 = uitofp nneg <2 x i32> %22 to <2 x float>
  %33 = uitofp nneg <2 x i32> %25 to <2 x float>
  %34 = fmul <2 x float> %32, splat (float 0xBFECCCCCC0000000)
  %35 = fmul <2 x float> %33, splat (float 0xBFECCCCCC0000000)
  %36 = fptosi <2 x float> %34 to <2 x i32>
  %37 = fptosi <2 x float> %35 to <2 x i32>
  %38 = sext <2 x i32> %36 to <2 x i64>
  %39 = sext <2 x i32> %37 to <2 x i64>
  %40 = add <2 x i64> %23, %30
  %41 = add <2 x i64> %24, %31
  %42 = add <2 x i64> %40, %38
  %43 = add <2 x i64> %41, %39
  %44 = add nuw i32 %21, 4
  %45 = add <2 x i32> %22, splat (i32 4)
  %46 = icmp eq i32 %44, 48
  br i1 %46, label %47, label %20, !llvm.loop !5

47:                                               ; preds = %20
  %48 = add <2 x i64> %43, %42
  %49 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %48)
  %50 = add i64 %49, 77
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i64 noundef %50)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = distinct !{!5, !6, !7, !8}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!"llvm.loop.isvectorized", i32 1}
!8 = !{!"llvm.loop.unroll.runtime.disable"}
