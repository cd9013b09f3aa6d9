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
  %4 = load i64, ptr %1, align 8, !tbaa !5
  %5 = load i64, ptr %2, align 8, !tbaa !5
  %6 = add nsw i64 %5, %4
  store i64 %6, ptr %0, align 8, !tbaa !5
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %9 = load i64, ptr %8, align 8, !tbaa !11
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %11 = load i64, ptr %10, align 8, !tbaa !11
  %12 = add nsw i64 %11, %9
  store i64 %12, ptr %7, align 8, !tbaa !11
  %13 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %15 = load i64, ptr %14, align 8, !tbaa !12
  %16 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %17 = load i64, ptr %16, align 8, !tbaa !12
  %18 = add nsw i64 %17, %15
  store i64 %18, ptr %13, align 8, !tbaa !12
  %19 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %20 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %21 = load double, ptr %20, align 8, !tbaa !13
  %22 = getelementptr inbounds nuw i8, ptr %2, i64 24
  %23 = load double, ptr %22, align 8, !tbaa !13
  %24 = fadd double %21, %23
  store double %24, ptr %19, align 8, !tbaa !13
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @rec_make(ptr dead_on_unwind noalias writable sret(%struct.Rec) align 8 initializes((0, 32)) %0, ptr noundef readonly captures(none) %1, i32 noundef %2, double noundef %3) local_unnamed_addr #2 {
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %0, i8 0, i64 32, i1 false)
  %5 = tail call ptr @strncpy(ptr noundef nonnull dereferenceable(1) %0, ptr noundef nonnull dereferenceable(1) %1, i64 noundef 15) #12
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 16
  store i32 %2, ptr %6, align 8, !tbaa !14
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 24
  store double %3, ptr %7, align 8, !tbaa !17
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare ptr @strncpy(ptr noalias noundef returned writeonly, ptr noalias noundef readonly captures(none), i64 noundef) local_unnamed_addr #4

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @mat_mul(ptr dead_on_unwind noalias writable writeonly sret(%struct.Mat3) align 8 captures(none) %0, ptr noundef readonly byval(%struct.Mat3) align 8 captures(none) %1, ptr noundef readonly byval(%struct.Mat3) align 8 captures(none) %2) local_unnamed_addr #5 {
  br label %4

4:                                                ; preds = %3, %9
  %5 = phi i64 [ 0, %3 ], [ %10, %9 ]
  br label %7

6:                                                ; preds = %9
  ret void

7:                                                ; preds = %4, %12
  %8 = phi i64 [ 0, %4 ], [ %14, %12 ]
  br label %16

9:                                                ; preds = %12
  %10 = add nuw nsw i64 %5, 1
  %11 = icmp eq i64 %10, 3
  br i1 %11, label %6, label %4, !llvm.loop !18

12:                                               ; preds = %16
  %13 = getelementptr inbounds nuw [3 x [3 x double]], ptr %0, i64 0, i64 %5, i64 %8
  store double %23, ptr %13, align 8, !tbaa !21
  %14 = add nuw nsw i64 %8, 1
  %15 = icmp eq i64 %14, 3
  br i1 %15, label %9, label %7, !llvm.loop !22

16:                                               ; preds = %7, %16
  %17 = phi i64 [ 0, %7 ], [ %24, %16 ]
  %18 = phi double [ 0.000000e+00, %7 ], [ %23, %16 ]
  %19 = getelementptr inbounds nuw [3 x [3 x double]], ptr %1, i64 0, i64 %5, i64 %17
  %20 = load double, ptr %19, align 8, !tbaa !21
  %21 = getelementptr inbounds nuw [3 x [3 x double]], ptr %2, i64 0, i64 %17, i64 %8
  %22 = load double, ptr %21, align 8, !tbaa !21
  %23 = tail call double @llvm.fmuladd.f64(double %20, double %22, double %18)
  %24 = add nuw nsw i64 %17, 1
  %25 = icmp eq i64 %24, 3
  br i1 %25, label %12, label %16, !llvm.loop !23
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #7

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #6

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @rec_avg(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #8 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %10

6:                                                ; preds = %10, %2
  %7 = phi double [ 0.000000e+00, %2 ], [ %15, %10 ]
  %8 = sitofp i32 %1 to double
  %9 = fdiv double %7, %8
  ret double %9

10:                                               ; preds = %4, %10
  %11 = phi i64 [ 0, %4 ], [ %16, %10 ]
  %12 = phi double [ 0.000000e+00, %4 ], [ %15, %10 ]
  %13 = getelementptr inbounds nuw %struct.Rec, ptr %0, i64 %11, i32 2
  %14 = load double, ptr %13, align 8, !tbaa !17
  %15 = fadd double %12, %14
  %16 = add nuw nsw i64 %11, 1
  %17 = icmp eq i64 %16, %5
  br i1 %17, label %6, label %10, !llvm.loop !24
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #9 {
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
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %22, ptr noundef nonnull align 8 dereferenceable(32) %5, i64 32, i1 false), !tbaa.struct !25
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #12
  %23 = getelementptr inbounds nuw i8, ptr %4, i64 64
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #12
  call void @rec_make(ptr dead_on_unwind nonnull writable sret(%struct.Rec) align 8 %6, ptr noundef nonnull @.str.3, i32 noundef 40, double noundef 7.900000e+01)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %23, ptr noundef nonnull align 8 dereferenceable(32) %6, i64 32, i1 false), !tbaa.struct !25
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #12
  %24 = getelementptr inbounds nuw i8, ptr %4, i64 96
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #12
  call void @rec_make(ptr dead_on_unwind nonnull writable sret(%struct.Rec) align 8 %7, ptr noundef nonnull @.str.4, i32 noundef 19, double noundef 6.075000e+01)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %24, ptr noundef nonnull align 8 dereferenceable(32) %7, i64 32, i1 false), !tbaa.struct !25
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #12
  br label %29

25:                                               ; preds = %29
  %26 = call double @rec_avg(ptr noundef nonnull %4, i32 noundef 4)
  %27 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %26)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %8) #12
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull align 16 dereferenceable(32) %4, i64 32, i1 false), !tbaa.struct !25
  %28 = getelementptr inbounds nuw i8, ptr %8, i64 16
  br label %44

29:                                               ; preds = %0, %29
  %30 = phi i64 [ 0, %0 ], [ %37, %29 ]
  %31 = getelementptr inbounds nuw [4 x %struct.Rec], ptr %4, i64 0, i64 %30
  %32 = getelementptr inbounds nuw i8, ptr %31, i64 16
  %33 = load i32, ptr %32, align 16, !tbaa !14
  %34 = getelementptr inbounds nuw i8, ptr %31, i64 24
  %35 = load double, ptr %34, align 8, !tbaa !17
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull %31, i32 noundef %33, double noundef %35)
  %37 = add nuw nsw i64 %30, 1
  %38 = icmp eq i64 %37, 4
  br i1 %38, label %25, label %29, !llvm.loop !28

39:                                               ; preds = %52
  %40 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull %8)
  call void @llvm.lifetime.start.p0(i64 72, ptr nonnull %9) #12
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(72) %9, i8 0, i64 72, i1 false)
  %41 = getelementptr inbounds nuw i8, ptr %9, i64 8
  store double -1.000000e+00, ptr %41, align 8
  %42 = getelementptr inbounds nuw i8, ptr %9, i64 24
  store double 1.000000e+00, ptr %42, align 8
  %43 = getelementptr inbounds nuw i8, ptr %9, i64 64
  store double 1.000000e+00, ptr %43, align 8
  call void @llvm.lifetime.start.p0(i64 72, ptr nonnull %10) #12
  call void @mat_mul(ptr dead_on_unwind nonnull writable sret(%struct.Mat3) align 8 %10, ptr noundef nonnull byval(%struct.Mat3) align 8 @__const.main.a, ptr noundef nonnull byval(%struct.Mat3) align 8 %9)
  br label %58

44:                                               ; preds = %25, %52
  %45 = phi i64 [ 1, %25 ], [ %53, %52 ]
  %46 = getelementptr inbounds nuw [4 x %struct.Rec], ptr %4, i64 0, i64 %45
  %47 = getelementptr inbounds nuw i8, ptr %46, i64 16
  %48 = load i32, ptr %47, align 16, !tbaa !14
  %49 = load i32, ptr %28, align 8, !tbaa !14
  %50 = icmp sgt i32 %48, %49
  br i1 %50, label %51, label %52

51:                                               ; preds = %44
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull align 16 dereferenceable(32) %46, i64 32, i1 false), !tbaa.struct !25
  br label %52

52:                                               ; preds = %44, %51
  %53 = add nuw nsw i64 %45, 1
  %54 = icmp eq i64 %53, 4
  br i1 %54, label %39, label %44, !llvm.loop !29

55:                                               ; preds = %58
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %11) #12
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %11, i64 noundef 1)
  %56 = getelementptr inbounds nuw i8, ptr %11, i64 32
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %56, i64 noundef 2)
  %57 = getelementptr inbounds nuw i8, ptr %11, i64 64
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %57, i64 noundef 3)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %12) #12
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %12, i8 0, i64 32, i1 false)
  br label %78

58:                                               ; preds = %39, %58
  %59 = phi i64 [ 0, %39 ], [ %67, %58 ]
  %60 = getelementptr inbounds nuw [3 x [3 x double]], ptr %10, i64 0, i64 %59
  %61 = load double, ptr %60, align 8, !tbaa !21
  %62 = getelementptr inbounds nuw i8, ptr %60, i64 8
  %63 = load double, ptr %62, align 8, !tbaa !21
  %64 = getelementptr inbounds nuw i8, ptr %60, i64 16
  %65 = load double, ptr %64, align 8, !tbaa !21
  %66 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %61, double noundef %63, double noundef %65)
  %67 = add nuw nsw i64 %59, 1
  %68 = icmp eq i64 %67, 3
  br i1 %68, label %55, label %58, !llvm.loop !30

69:                                               ; preds = %78
  %70 = load i64, ptr %12, align 8, !tbaa !5
  %71 = getelementptr inbounds nuw i8, ptr %12, i64 8
  %72 = load i64, ptr %71, align 8, !tbaa !11
  %73 = getelementptr inbounds nuw i8, ptr %12, i64 16
  %74 = load i64, ptr %73, align 8, !tbaa !12
  %75 = getelementptr inbounds nuw i8, ptr %12, i64 24
  %76 = load double, ptr %75, align 8, !tbaa !13
  %77 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i64 noundef %70, i64 noundef %72, i64 noundef %74, double noundef %76)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %12) #12
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %11) #12
  call void @llvm.lifetime.end.p0(i64 72, ptr nonnull %10) #12
  call void @llvm.lifetime.end.p0(i64 72, ptr nonnull %9) #12
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %8) #12
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %4) #12
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #12
  ret i32 0

78:                                               ; preds = %55, %78
  %79 = phi i64 [ 0, %55 ], [ %81, %78 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %13) #12
  %80 = getelementptr inbounds nuw [3 x %struct.Big], ptr %11, i64 0, i64 %79
  call void @big_add(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %13, ptr noundef nonnull byval(%struct.Big) align 8 %12, ptr noundef nonnull byval(%struct.Big) align 8 %80)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %12, ptr noundef nonnull align 8 dereferenceable(32) %13, i64 32, i1 false), !tbaa.struct !31
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %13) #12
  %81 = add nuw nsw i64 %79, 1
  %82 = icmp eq i64 %81, 3
  br i1 %82, label %69, label %78, !llvm.loop !33
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #10

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #11

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree noinline norecurse nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
!14 = !{!15, !16, i64 16}
!15 = !{!"Rec", !8, i64 0, !16, i64 16, !10, i64 24}
!16 = !{!"int", !8, i64 0}
!17 = !{!15, !10, i64 24}
!18 = distinct !{!18, !19, !20}
!19 = !{!"llvm.loop.mustprogress"}
!20 = !{!"llvm.loop.unroll.disable"}
!21 = !{!10, !10, i64 0}
!22 = distinct !{!22, !19, !20}
!23 = distinct !{!23, !19, !20}
!24 = distinct !{!24, !19, !20}
!25 = !{i64 0, i64 16, !26, i64 16, i64 4, !27, i64 24, i64 8, !21}
!26 = !{!8, !8, i64 0}
!27 = !{!16, !16, i64 0}
!28 = distinct !{!28, !19, !20}
!29 = distinct !{!29, !19, !20}
!30 = distinct !{!30, !19, !20}
!31 = !{i64 0, i64 8, !32, i64 8, i64 8, !32, i64 16, i64 8, !32, i64 24, i64 8, !21}
!32 = !{!7, !7, i64 0}
!33 = distinct !{!33, !19, !20}
