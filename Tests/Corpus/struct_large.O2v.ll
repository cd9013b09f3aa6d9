; ModuleID = 'struct_large.c'
source_filename = "struct_large.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Mat3 = type { [3 x [3 x double]] }
%struct.Big = type { i64, i64, i64, double }
%struct.Rec = type { [16 x i8], i32, double }

@.str = private unnamed_addr constant [32 x i8] c"big: %lld %lld %lld %g size=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"alice\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"bob\00", align 1
@.str.3 = private unnamed_addr constant [23 x i8] c"carol-with-a-long-name\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"dan\00", align 1
@.str.5 = private unnamed_addr constant [17 x i8] c"%-16s %3d %6.2f\0A\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"avg: %.4f\0A\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"oldest: %s\0A\00", align 1
@__const.main.a = private unnamed_addr constant %struct.Mat3 { [3 x [3 x double]] [[3 x double] [double 1.000000e+00, double 2.000000e+00, double 3.000000e+00], [3 x double] [double 4.000000e+00, double 5.000000e+00, double 6.000000e+00], [3 x double] [double 7.000000e+00, double 8.000000e+00, double 1.000000e+01]] }, align 8
@.str.8 = private unnamed_addr constant [10 x i8] c"%g %g %g\0A\00", align 1
@.str.9 = private unnamed_addr constant [24 x i8] c"tot: %lld %lld %lld %g\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define dso_local void @big_make(ptr dead_on_unwind noalias writable writeonly sret(%struct.Big) align 8 captures(none) initializes((0, 32)) %0, i64 noundef %1) local_unnamed_addr #0 {
  store i64 %1, ptr %0, align 8, !tbaa !5
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %4 = shl nsw i64 %1, 1
  store i64 %4, ptr %3, align 8, !tbaa !11
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %6 = mul nsw i64 %1, 3
  store i64 %6, ptr %5, align 8, !tbaa !12
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %8 = sitofp i64 %1 to double
  %9 = fmul double %8, 5.000000e-01
  store double %9, ptr %7, align 8, !tbaa !13
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @big_add(ptr dead_on_unwind noalias writable writeonly sret(%struct.Big) align 8 captures(none) initializes((0, 32)) %0, ptr noundef readonly byval(%struct.Big) align 8 captures(none) %1, ptr noundef readonly byval(%struct.Big) align 8 captures(none) %2) local_unnamed_addr #1 {
  %4 = load <2 x i64>, ptr %1, align 8, !tbaa !14
  %5 = load <2 x i64>, ptr %2, align 8, !tbaa !14
  %6 = add nsw <2 x i64> %5, %4
  store <2 x i64> %6, ptr %0, align 8, !tbaa !14
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %9 = load i64, ptr %8, align 8, !tbaa !12
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %11 = load i64, ptr %10, align 8, !tbaa !12
  %12 = add nsw i64 %11, %9
  store i64 %12, ptr %7, align 8, !tbaa !12
  %13 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %15 = load double, ptr %14, align 8, !tbaa !13
  %16 = getelementptr inbounds nuw i8, ptr %2, i64 24
  %17 = load double, ptr %16, align 8, !tbaa !13
  %18 = fadd double %15, %17
  store double %18, ptr %13, align 8, !tbaa !13
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @rec_make(ptr dead_on_unwind noalias writable sret(%struct.Rec) align 8 initializes((8, 24)) %0, ptr noundef readonly captures(none) %1, i32 noundef %2, double noundef %3) local_unnamed_addr #2 {
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %5, i8 0, i64 16, i1 false)
  %6 = tail call ptr @strncpy(ptr noundef nonnull dereferenceable(1) %0, ptr noundef nonnull dereferenceable(1) %1, i64 noundef 15) #12
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  store i32 %2, ptr %7, align 8, !tbaa !15
  %8 = getelementptr inbounds nuw i8, ptr %0, i64 24
  store double %3, ptr %8, align 8, !tbaa !18
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare ptr @strncpy(ptr noalias noundef returned writeonly, ptr noalias noundef readonly captures(none), i64 noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @mat_mul(ptr dead_on_unwind noalias writable writeonly sret(%struct.Mat3) align 8 captures(none) initializes((0, 72)) %0, ptr noundef readonly byval(%struct.Mat3) align 8 captures(none) %1, ptr noundef readonly byval(%struct.Mat3) align 8 captures(none) %2) local_unnamed_addr #1 {
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 24
  %5 = getelementptr inbounds nuw i8, ptr %2, i64 48
  %6 = load <2 x double>, ptr %2, align 8, !tbaa !19
  %7 = load <2 x double>, ptr %4, align 8, !tbaa !19
  %8 = load <2 x double>, ptr %5, align 8, !tbaa !19
  %9 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %10 = load double, ptr %9, align 8, !tbaa !19
  %11 = getelementptr inbounds nuw i8, ptr %2, i64 40
  %12 = load double, ptr %11, align 8, !tbaa !19
  %13 = getelementptr inbounds nuw i8, ptr %2, i64 64
  %14 = load double, ptr %13, align 8, !tbaa !19
  %15 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %16 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %17 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %18 = getelementptr inbounds nuw i8, ptr %1, i64 40
  %19 = load <4 x double>, ptr %1, align 8, !tbaa !19
  %20 = load <2 x double>, ptr %16, align 8
  %21 = shufflevector <4 x double> %19, <4 x double> poison, <2 x i32> <i32 0, i32 3>
  %22 = shufflevector <4 x double> %19, <4 x double> poison, <2 x i32> zeroinitializer
  %23 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %22, <2 x double> %6, <2 x double> zeroinitializer)
  %24 = shufflevector <4 x double> %19, <4 x double> poison, <2 x i32> <i32 1, i32 1>
  %25 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %24, <2 x double> %7, <2 x double> %23)
  %26 = shufflevector <4 x double> %19, <4 x double> poison, <2 x i32> <i32 2, i32 2>
  %27 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %26, <2 x double> %8, <2 x double> %25)
  store <2 x double> %27, ptr %0, align 8, !tbaa !19
  %28 = shufflevector <2 x double> %6, <2 x double> poison, <2 x i32> <i32 1, i32 0>
  %29 = insertelement <2 x double> %28, double %10, i64 0
  %30 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %21, <2 x double> %29, <2 x double> zeroinitializer)
  %31 = load <2 x double>, ptr %17, align 8, !tbaa !19
  %32 = load <2 x double>, ptr %18, align 8
  %33 = shufflevector <2 x double> %31, <2 x double> poison, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>
  %34 = shufflevector <4 x double> %19, <4 x double> %33, <2 x i32> <i32 1, i32 4>
  %35 = shufflevector <2 x double> %7, <2 x double> poison, <2 x i32> <i32 1, i32 0>
  %36 = insertelement <2 x double> %35, double %12, i64 0
  %37 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %34, <2 x double> %36, <2 x double> %30)
  %38 = shufflevector <4 x double> %19, <4 x double> %33, <2 x i32> <i32 2, i32 5>
  %39 = shufflevector <2 x double> %8, <2 x double> poison, <2 x i32> <i32 1, i32 0>
  %40 = insertelement <2 x double> %39, double %14, i64 0
  %41 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %38, <2 x double> %40, <2 x double> %37)
  store <2 x double> %41, ptr %15, align 8, !tbaa !19
  %42 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %43 = shufflevector <2 x double> %20, <2 x double> poison, <2 x i32> zeroinitializer
  %44 = insertelement <2 x double> %28, double %10, i64 1
  %45 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %43, <2 x double> %44, <2 x double> zeroinitializer)
  %46 = shufflevector <2 x double> %31, <2 x double> poison, <2 x i32> zeroinitializer
  %47 = insertelement <2 x double> %35, double %12, i64 1
  %48 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %46, <2 x double> %47, <2 x double> %45)
  %49 = shufflevector <2 x double> %32, <2 x double> poison, <2 x i32> zeroinitializer
  %50 = insertelement <2 x double> %39, double %14, i64 1
  %51 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %49, <2 x double> %50, <2 x double> %48)
  store <2 x double> %51, ptr %42, align 8, !tbaa !19
  %52 = getelementptr inbounds nuw i8, ptr %1, i64 48
  %53 = load double, ptr %52, align 8, !tbaa !19
  %54 = getelementptr inbounds nuw i8, ptr %1, i64 56
  %55 = load double, ptr %54, align 8, !tbaa !19
  %56 = getelementptr inbounds nuw i8, ptr %1, i64 64
  %57 = load double, ptr %56, align 8, !tbaa !19
  %58 = getelementptr inbounds nuw i8, ptr %0, i64 48
  %59 = insertelement <2 x double> poison, double %53, i64 0
  %60 = shufflevector <2 x double> %59, <2 x double> poison, <2 x i32> zeroinitializer
  %61 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %60, <2 x double> %6, <2 x double> zeroinitializer)
  %62 = insertelement <2 x double> poison, double %55, i64 0
  %63 = shufflevector <2 x double> %62, <2 x double> poison, <2 x i32> zeroinitializer
  %64 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %63, <2 x double> %7, <2 x double> %61)
  %65 = insertelement <2 x double> poison, double %57, i64 0
  %66 = shufflevector <2 x double> %65, <2 x double> poison, <2 x i32> zeroinitializer
  %67 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %66, <2 x double> %8, <2 x double> %64)
  store <2 x double> %67, ptr %58, align 8, !tbaa !19
  %68 = tail call double @llvm.fmuladd.f64(double %53, double %10, double 0.000000e+00)
  %69 = tail call double @llvm.fmuladd.f64(double %55, double %12, double %68)
  %70 = tail call double @llvm.fmuladd.f64(double %57, double %14, double %69)
  %71 = getelementptr inbounds nuw i8, ptr %0, i64 64
  store double %70, ptr %71, align 8, !tbaa !19
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #5

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @rec_avg(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #7 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %25

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = and i64 %5, 3
  %7 = icmp ult i32 %1, 4
  br i1 %7, label %10, label %8

8:                                                ; preds = %4
  %9 = and i64 %5, 2147483644
  br label %29

10:                                               ; preds = %29, %4
  %11 = phi double [ poison, %4 ], [ %47, %29 ]
  %12 = phi i64 [ 0, %4 ], [ %48, %29 ]
  %13 = phi double [ 0.000000e+00, %4 ], [ %47, %29 ]
  %14 = icmp eq i64 %6, 0
  br i1 %14, label %25, label %15

15:                                               ; preds = %10, %15
  %16 = phi i64 [ %22, %15 ], [ %12, %10 ]
  %17 = phi double [ %21, %15 ], [ %13, %10 ]
  %18 = phi i64 [ %23, %15 ], [ 0, %10 ]
  %19 = getelementptr inbounds nuw %struct.Rec, ptr %0, i64 %16, i32 2
  %20 = load double, ptr %19, align 8, !tbaa !18
  %21 = fadd double %17, %20
  %22 = add nuw nsw i64 %16, 1
  %23 = add i64 %18, 1
  %24 = icmp eq i64 %23, %6
  br i1 %24, label %25, label %15, !llvm.loop !20

25:                                               ; preds = %10, %15, %2
  %26 = phi double [ 0.000000e+00, %2 ], [ %11, %10 ], [ %21, %15 ]
  %27 = sitofp i32 %1 to double
  %28 = fdiv double %26, %27
  ret double %28

29:                                               ; preds = %29, %8
  %30 = phi i64 [ 0, %8 ], [ %48, %29 ]
  %31 = phi double [ 0.000000e+00, %8 ], [ %47, %29 ]
  %32 = phi i64 [ 0, %8 ], [ %49, %29 ]
  %33 = getelementptr inbounds nuw %struct.Rec, ptr %0, i64 %30, i32 2
  %34 = load double, ptr %33, align 8, !tbaa !18
  %35 = fadd double %31, %34
  %36 = or disjoint i64 %30, 1
  %37 = getelementptr inbounds nuw %struct.Rec, ptr %0, i64 %36, i32 2
  %38 = load double, ptr %37, align 8, !tbaa !18
  %39 = fadd double %35, %38
  %40 = or disjoint i64 %30, 2
  %41 = getelementptr inbounds nuw %struct.Rec, ptr %0, i64 %40, i32 2
  %42 = load double, ptr %41, align 8, !tbaa !18
  %43 = fadd double %39, %42
  %44 = or disjoint i64 %30, 3
  %45 = getelementptr inbounds nuw %struct.Rec, ptr %0, i64 %44, i32 2
  %46 = load double, ptr %45, align 8, !tbaa !18
  %47 = fadd double %43, %46
  %48 = add nuw nsw i64 %30, 4
  %49 = add i64 %32, 4
  %50 = icmp eq i64 %49, %9
  br i1 %50, label %10, label %29, !llvm.loop !22
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #8 {
  %1 = alloca %struct.Big, align 8
  %2 = alloca %struct.Big, align 8
  %3 = alloca %struct.Big, align 8
  %4 = alloca [4 x %struct.Rec], align 16
  %5 = alloca %struct.Rec, align 8
  %6 = alloca %struct.Rec, align 8
  %7 = alloca %struct.Rec, align 8
  %8 = alloca %struct.Rec, align 8
  %9 = alloca %struct.Mat3, align 8
  %10 = alloca %struct.Mat3, align 8
  %11 = alloca [3 x %struct.Big], align 16
  %12 = alloca %struct.Big, align 8
  %13 = alloca %struct.Big, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #12
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %2, i64 noundef 10)
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %3, i64 noundef 7)
  call void @big_add(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %1, ptr noundef nonnull byval(%struct.Big) align 8 %2, ptr noundef nonnull byval(%struct.Big) align 8 %3)
  %14 = load i64, ptr %1, align 8, !tbaa !5
  %15 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %16 = load i64, ptr %15, align 8, !tbaa !11
  %17 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %18 = load i64, ptr %17, align 8, !tbaa !12
  %19 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %20 = load double, ptr %19, align 8, !tbaa !13
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %14, i64 noundef %16, i64 noundef %18, double noundef %20, i32 noundef 32)
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %4) #12
  call void @rec_make(ptr dead_on_unwind nonnull writable sret(%struct.Rec) align 8 %4, ptr noundef nonnull @.str.1, i32 noundef 31, double noundef 8.850000e+01)
  %22 = getelementptr inbounds nuw i8, ptr %4, i64 32
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #12
  call void @rec_make(ptr dead_on_unwind nonnull writable sret(%struct.Rec) align 8 %5, ptr noundef nonnull @.str.2, i32 noundef 25, double noundef 9.225000e+01)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %22, ptr noundef nonnull align 8 dereferenceable(32) %5, i64 32, i1 false), !tbaa.struct !24
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #12
  %23 = getelementptr inbounds nuw i8, ptr %4, i64 64
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #12
  call void @rec_make(ptr dead_on_unwind nonnull writable sret(%struct.Rec) align 8 %6, ptr noundef nonnull @.str.3, i32 noundef 40, double noundef 7.900000e+01)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %23, ptr noundef nonnull align 8 dereferenceable(32) %6, i64 32, i1 false), !tbaa.struct !24
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #12
  %24 = getelementptr inbounds nuw i8, ptr %4, i64 96
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #12
  call void @rec_make(ptr dead_on_unwind nonnull writable sret(%struct.Rec) align 8 %7, ptr noundef nonnull @.str.4, i32 noundef 19, double noundef 6.075000e+01)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %24, ptr noundef nonnull align 8 dereferenceable(32) %7, i64 32, i1 false), !tbaa.struct !24
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #12
  %25 = getelementptr inbounds nuw i8, ptr %4, i64 16
  %26 = load i32, ptr %25, align 16, !tbaa !15
  %27 = getelementptr inbounds nuw i8, ptr %4, i64 24
  %28 = load double, ptr %27, align 8, !tbaa !18
  %29 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull %4, i32 noundef %26, double noundef %28)
  %30 = getelementptr inbounds nuw i8, ptr %4, i64 48
  %31 = load i32, ptr %30, align 16, !tbaa !15
  %32 = getelementptr inbounds nuw i8, ptr %4, i64 56
  %33 = load double, ptr %32, align 8, !tbaa !18
  %34 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull %22, i32 noundef %31, double noundef %33)
  %35 = getelementptr inbounds nuw i8, ptr %4, i64 80
  %36 = load i32, ptr %35, align 16, !tbaa !15
  %37 = getelementptr inbounds nuw i8, ptr %4, i64 88
  %38 = load double, ptr %37, align 8, !tbaa !18
  %39 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull %23, i32 noundef %36, double noundef %38)
  %40 = getelementptr inbounds nuw i8, ptr %4, i64 112
  %41 = load i32, ptr %40, align 16, !tbaa !15
  %42 = getelementptr inbounds nuw i8, ptr %4, i64 120
  %43 = load double, ptr %42, align 8, !tbaa !18
  %44 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull %24, i32 noundef %41, double noundef %43)
  %45 = call double @rec_avg(ptr noundef nonnull %4, i32 noundef 4)
  %46 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %45)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %8) #12
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull align 16 dereferenceable(32) %4, i64 32, i1 false), !tbaa.struct !24
  %47 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %48 = load i32, ptr %30, align 16, !tbaa !15
  %49 = load i32, ptr %47, align 8, !tbaa !15
  %50 = icmp sgt i32 %48, %49
  br i1 %50, label %51, label %53

51:                                               ; preds = %0
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull align 16 dereferenceable(32) %22, i64 32, i1 false), !tbaa.struct !24
  %52 = load i32, ptr %47, align 8, !tbaa !15
  br label %53

53:                                               ; preds = %0, %51
  %54 = phi i32 [ %49, %0 ], [ %52, %51 ]
  %55 = load i32, ptr %35, align 16, !tbaa !15
  %56 = icmp sgt i32 %55, %54
  br i1 %56, label %57, label %59

57:                                               ; preds = %53
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull align 16 dereferenceable(32) %23, i64 32, i1 false), !tbaa.struct !24
  %58 = load i32, ptr %47, align 8, !tbaa !15
  br label %59

59:                                               ; preds = %57, %53
  %60 = phi i32 [ %58, %57 ], [ %54, %53 ]
  %61 = load i32, ptr %40, align 16, !tbaa !15
  %62 = icmp sgt i32 %61, %60
  br i1 %62, label %63, label %64

63:                                               ; preds = %59
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull align 16 dereferenceable(32) %24, i64 32, i1 false), !tbaa.struct !24
  br label %64

64:                                               ; preds = %63, %59
  %65 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull %8)
  call void @llvm.lifetime.start.p0(i64 72, ptr nonnull %9) #12
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(72) %9, i8 0, i64 64, i1 false)
  %66 = getelementptr inbounds nuw i8, ptr %9, i64 8
  store double -1.000000e+00, ptr %66, align 8
  %67 = getelementptr inbounds nuw i8, ptr %9, i64 24
  store double 1.000000e+00, ptr %67, align 8
  %68 = getelementptr inbounds nuw i8, ptr %9, i64 64
  store double 1.000000e+00, ptr %68, align 8
  call void @llvm.lifetime.start.p0(i64 72, ptr nonnull %10) #12
  call void @mat_mul(ptr dead_on_unwind nonnull writable sret(%struct.Mat3) align 8 %10, ptr noundef nonnull byval(%struct.Mat3) align 8 @__const.main.a, ptr noundef nonnull byval(%struct.Mat3) align 8 %9)
  %69 = load double, ptr %10, align 8, !tbaa !19
  %70 = getelementptr inbounds nuw i8, ptr %10, i64 8
  %71 = load double, ptr %70, align 8, !tbaa !19
  %72 = getelementptr inbounds nuw i8, ptr %10, i64 16
  %73 = load double, ptr %72, align 8, !tbaa !19
  %74 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %69, double noundef %71, double noundef %73)
  %75 = getelementptr inbounds nuw i8, ptr %10, i64 24
  %76 = load double, ptr %75, align 8, !tbaa !19
  %77 = getelementptr inbounds nuw i8, ptr %10, i64 32
  %78 = load double, ptr %77, align 8, !tbaa !19
  %79 = getelementptr inbounds nuw i8, ptr %10, i64 40
  %80 = load double, ptr %79, align 8, !tbaa !19
  %81 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %76, double noundef %78, double noundef %80)
  %82 = getelementptr inbounds nuw i8, ptr %10, i64 48
  %83 = load double, ptr %82, align 8, !tbaa !19
  %84 = getelementptr inbounds nuw i8, ptr %10, i64 56
  %85 = load double, ptr %84, align 8, !tbaa !19
  %86 = getelementptr inbounds nuw i8, ptr %10, i64 64
  %87 = load double, ptr %86, align 8, !tbaa !19
  %88 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %83, double noundef %85, double noundef %87)
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %11) #12
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %11, i64 noundef 1)
  %89 = getelementptr inbounds nuw i8, ptr %11, i64 32
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %89, i64 noundef 2)
  %90 = getelementptr inbounds nuw i8, ptr %11, i64 64
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %90, i64 noundef 3)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %12) #12
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %12, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %13) #12
  call void @big_add(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %13, ptr noundef nonnull byval(%struct.Big) align 8 %12, ptr noundef nonnull byval(%struct.Big) align 8 %11)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %12, ptr noundef nonnull align 8 dereferenceable(32) %13, i64 32, i1 false), !tbaa.struct !27
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %13) #12
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %13) #12
  call void @big_add(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %13, ptr noundef nonnull byval(%struct.Big) align 8 %12, ptr noundef nonnull byval(%struct.Big) align 8 %89)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %12, ptr noundef nonnull align 8 dereferenceable(32) %13, i64 32, i1 false), !tbaa.struct !27
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %13) #12
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %13) #12
  call void @big_add(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %13, ptr noundef nonnull byval(%struct.Big) align 8 %12, ptr noundef nonnull byval(%struct.Big) align 8 %90)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %12, ptr noundef nonnull align 8 dereferenceable(32) %13, i64 32, i1 false), !tbaa.struct !27
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %13) #12
  %91 = load i64, ptr %12, align 8, !tbaa !5
  %92 = getelementptr inbounds nuw i8, ptr %12, i64 8
  %93 = load i64, ptr %92, align 8, !tbaa !11
  %94 = getelementptr inbounds nuw i8, ptr %12, i64 16
  %95 = load i64, ptr %94, align 8, !tbaa !12
  %96 = getelementptr inbounds nuw i8, ptr %12, i64 24
  %97 = load double, ptr %96, align 8, !tbaa !13
  %98 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i64 noundef %91, i64 noundef %93, i64 noundef %95, double noundef %97)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %12) #12
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %11) #12
  call void @llvm.lifetime.end.p0(i64 72, ptr nonnull %10) #12
  call void @llvm.lifetime.end.p0(i64 72, ptr nonnull %9) #12
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %8) #12
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %4) #12
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #12
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #9

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #10

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #11

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #11 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #12 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"Big", !7, i64 0, !7, i64 8, !7, i64 16, !10, i64 24}
!7 = !{!"long long", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!"double", !8, i64 0}
!11 = !{!6, !7, i64 8}
!12 = !{!6, !7, i64 16}
!13 = !{!6, !10, i64 24}
!14 = !{!7, !7, i64 0}
!15 = !{!16, !17, i64 16}
!16 = !{!"Rec", !8, i64 0, !17, i64 16, !10, i64 24}
!17 = !{!"int", !8, i64 0}
!18 = !{!16, !10, i64 24}
!19 = !{!10, !10, i64 0}
!20 = distinct !{!20, !21}
!21 = !{!"llvm.loop.unroll.disable"}
!22 = distinct !{!22, !23}
!23 = !{!"llvm.loop.mustprogress"}
!24 = !{i64 0, i64 16, !25, i64 16, i64 4, !26, i64 24, i64 8, !19}
!25 = !{!8, !8, i64 0}
!26 = !{!17, !17, i64 0}
!27 = !{i64 0, i64 8, !14, i64 8, i64 8, !14, i64 16, i64 8, !14, i64 24, i64 8, !19}
