; ModuleID = 'float_conv.c'
source_filename = "float_conv.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.ds = private unnamed_addr constant [8 x double] [double 0.000000e+00, double 5.000000e-01, double -5.000000e-01, double 1.990000e+00, double -1.990000e+00, double 0x40FE240C9FBE76C9, double 0xC1E0000000000000, double 0x41DFFFFFFFC00000], align 16
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
  br label %13

1:                                                ; preds = %13
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef -1, i32 noundef -1294967296, i32 noundef 0)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef -2048, i64 noundef -9223372036854775808, i64 noundef 12345)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef -32768, i32 noundef 12345, i32 noundef 255, i32 noundef 3)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef 0xC1E0000000000000, double noundef 4.200000e+01, double noundef -1.000000e+00)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef 0x41EFFFFFFFE00000, double noundef 0x41E0000000000000)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef 0x4340000000000000, double noundef 0xC3E0000000000000)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef 0x43F0000000000000, double noundef 0x43E0000000000000, double noundef 1.000000e+00)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef 0x4170000000000000, double noundef 0xC19D6F3460000000, double noundef 0x43F0000000000000, double noundef 0x43E0000000000000)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, double noundef 0x400921FB60000000, double noundef 0x400921FB60000000, i32 noundef 1)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef 0.000000e+00, double noundef 0x7FF0000000000000, double noundef 0x3FB99999A0000000)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, double noundef 2.000000e+02, double noundef -1.000000e+02, double noundef 6.000000e+04, double noundef -3.000000e+04)
  br label %24

13:                                               ; preds = %0, %13
  %14 = phi i64 [ 0, %0 ], [ %20, %13 ]
  %15 = getelementptr inbounds nuw [8 x double], ptr @__const.main.ds, i64 0, i64 %14
  %16 = load double, ptr %15, align 8, !tbaa !5
  %17 = fptosi double %16 to i32
  %18 = fptosi double %16 to i64
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %16, i32 noundef %17, i64 noundef %18)
  %20 = add nuw nsw i64 %14, 1
  %21 = icmp eq i64 %20, 8
  br i1 %21, label %1, label %13, !llvm.loop !9

22:                                               ; preds = %24
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i64 noundef %35)
  ret i32 0

24:                                               ; preds = %1, %24
  %25 = phi i32 [ 0, %1 ], [ %36, %24 ]
  %26 = phi i64 [ 0, %1 ], [ %35, %24 ]
  %27 = uitofp nneg i32 %25 to double
  %28 = fmul double %27, 1.700000e+00
  %29 = fptosi double %28 to i64
  %30 = uitofp nneg i32 %25 to float
  %31 = fmul float %30, 0xBFECCCCCC0000000
  %32 = fptosi float %31 to i32
  %33 = sext i32 %32 to i64
  %34 = add i64 %26, %29
  %35 = add i64 %34, %33
  %36 = add nuw nsw i32 %25, 1
  %37 = icmp eq i32 %36, 50
  br i1 %37, label %22, label %24, !llvm.loop !12
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
!6 = !{!"double", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
