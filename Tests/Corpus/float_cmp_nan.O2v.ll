; ModuleID = 'float_cmp_nan.c'
source_filename = "float_cmp_nan.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [7 x i8] c"1 vs 2\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"2 vs 2\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"nan vs 1\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"nan vs nan\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"inf vs 1e308\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"-0 vs 0\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"f 1.5 vs -1.5\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"f nan vs 0\00", align 1
@.str.8 = private unnamed_addr constant [21 x i8] c"is_nan: %d %d %d %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [29 x i8] c"!(nan<1): %d  !(nan>=1): %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [25 x i8] c"max/min with nan: %g %g\0A\00", align 1
@.str.11 = private unnamed_addr constant [11 x i8] c"count: %d\0A\00", align 1
@.str.14 = private unnamed_addr constant [12 x i8] c"inf: %f %f\0A\00", align 1
@.str.15 = private unnamed_addr constant [41 x i8] c"%s: lt=%d le=%d gt=%d ge=%d eq=%d ne=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main(i32 noundef %0, ptr noundef readnone captures(none) %1) local_unnamed_addr #0 {
  %3 = alloca [6 x double], align 16
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, ptr noundef nonnull @.str, i32 noundef 1, i32 noundef 1, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 1)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, ptr noundef nonnull @.str.1, i32 noundef 0, i32 noundef 1, i32 noundef 0, i32 noundef 1, i32 noundef 1, i32 noundef 0)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, ptr noundef nonnull @.str.2, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 1)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, ptr noundef nonnull @.str.3, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 1)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, ptr noundef nonnull @.str.4, i32 noundef 0, i32 noundef 0, i32 noundef 1, i32 noundef 1, i32 noundef 0, i32 noundef 1)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, ptr noundef nonnull @.str.5, i32 noundef 0, i32 noundef 1, i32 noundef 0, i32 noundef 1, i32 noundef 1, i32 noundef 0)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, ptr noundef nonnull @.str.6, i32 noundef 0, i32 noundef 0, i32 noundef 1, i32 noundef 1, i32 noundef 0, i32 noundef 1)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, ptr noundef nonnull @.str.7, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 1)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 1, i32 noundef 0, i32 noundef 1, i32 noundef 0)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 1, i32 noundef 1)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef 3.000000e+00, double noundef 1.000000e+00)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %3) #5
  %15 = getelementptr inbounds nuw i8, ptr %3, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %15, i8 0, i64 16, i1 false)
  store <2 x double> <double 1.000000e+00, double -2.000000e+00>, ptr %3, align 16
  %16 = getelementptr inbounds nuw i8, ptr %3, i64 24
  store <2 x double> <double 5.500000e+00, double -0.000000e+00>, ptr %16, align 8
  %17 = getelementptr inbounds nuw i8, ptr %3, i64 40
  store double 3.250000e+00, ptr %17, align 8
  br label %18

18:                                               ; preds = %18, %2
  %19 = phi i64 [ 0, %2 ], [ %77, %18 ]
  %20 = phi <2 x i32> [ zeroinitializer, %2 ], [ %76, %18 ]
  %21 = getelementptr inbounds nuw [6 x double], ptr %3, i64 0, i64 %19
  %22 = load <2 x double>, ptr %21, align 16, !tbaa !5
  %23 = fcmp olt <2 x double> %22, splat (double 1.000000e+00)
  %24 = zext <2 x i1> %23 to <2 x i32>
  %25 = fcmp oeq <2 x double> %22, splat (double 1.000000e+00)
  %26 = select <2 x i1> %25, <2 x i32> splat (i32 10), <2 x i32> zeroinitializer
  %27 = or disjoint <2 x i32> %26, %24
  %28 = fcmp oge <2 x double> %22, splat (double 1.000000e+00)
  %29 = select <2 x i1> %28, <2 x i32> splat (i32 100), <2 x i32> zeroinitializer
  %30 = add <2 x i32> %29, %20
  %31 = add <2 x i32> %30, %27
  %32 = fcmp olt <2 x double> %22, splat (double -2.000000e+00)
  %33 = zext <2 x i1> %32 to <2 x i32>
  %34 = fcmp oeq <2 x double> %22, splat (double -2.000000e+00)
  %35 = select <2 x i1> %34, <2 x i32> splat (i32 10), <2 x i32> zeroinitializer
  %36 = or disjoint <2 x i32> %35, %33
  %37 = fcmp oge <2 x double> %22, splat (double -2.000000e+00)
  %38 = select <2 x i1> %37, <2 x i32> splat (i32 100), <2 x i32> zeroinitializer
  %39 = add <2 x i32> %38, %31
  %40 = add <2 x i32> %39, %36
  %41 = fcmp olt <2 x double> %22, zeroinitializer
  %42 = zext <2 x i1> %41 to <2 x i32>
  %43 = fcmp oeq <2 x double> %22, zeroinitializer
  %44 = select <2 x i1> %43, <2 x i32> splat (i32 10), <2 x i32> zeroinitializer
  %45 = or disjoint <2 x i32> %44, %42
  %46 = fcmp oge <2 x double> %22, zeroinitializer
  %47 = select <2 x i1> %46, <2 x i32> splat (i32 100), <2 x i32> zeroinitializer
  %48 = add <2 x i32> %47, %40
  %49 = add <2 x i32> %48, %45
  %50 = fcmp olt <2 x double> %22, splat (double 5.500000e+00)
  %51 = zext <2 x i1> %50 to <2 x i32>
  %52 = fcmp oeq <2 x double> %22, splat (double 5.500000e+00)
  %53 = select <2 x i1> %52, <2 x i32> splat (i32 10), <2 x i32> zeroinitializer
  %54 = or disjoint <2 x i32> %53, %51
  %55 = fcmp oge <2 x double> %22, splat (double 5.500000e+00)
  %56 = select <2 x i1> %55, <2 x i32> splat (i32 100), <2 x i32> zeroinitializer
  %57 = add <2 x i32> %56, %49
  %58 = add <2 x i32> %57, %54
  %59 = fcmp olt <2 x double> %22, zeroinitializer
  %60 = zext <2 x i1> %59 to <2 x i32>
  %61 = fcmp oeq <2 x double> %22, zeroinitializer
  %62 = select <2 x i1> %61, <2 x i32> splat (i32 10), <2 x i32> zeroinitializer
  %63 = or disjoint <2 x i32> %62, %60
  %64 = fcmp oge <2 x double> %22, zeroinitializer
  %65 = select <2 x i1> %64, <2 x i32> splat (i32 100), <2 x i32> zeroinitializer
  %66 = add <2 x i32> %65, %58
  %67 = add <2 x i32> %66, %63
  %68 = fcmp olt <2 x double> %22, splat (double 3.250000e+00)
  %69 = zext <2 x i1> %68 to <2 x i32>
  %70 = fcmp oeq <2 x double> %22, splat (double 3.250000e+00)
  %71 = select <2 x i1> %70, <2 x i32> splat (i32 10), <2 x i32> zeroinitializer
  %72 = or disjoint <2 x i32> %71, %69
  %73 = fcmp oge <2 x double> %22, splat (double 3.250000e+00)
  %74 = select <2 x i1> %73, <2 x i32> splat (i32 100), <2 x i32> zeroinitializer
  %75 = add <2 x i32> %74, %67
  %76 = add <2 x i32> %75, %72
  %77 = add nuw i64 %19, 2
  %78 = icmp eq i64 %77, 6
  br i1 %78, label %79, label %18, !llvm.loop !9

79:                                               ; preds = %18
  %80 = tail call i32 @llvm.vector.reduce.add.v2i32(<2 x i32> %76)
  %81 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %80)
  %82 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, double noundef 0x7FF0000000000000, double noundef 0xFFF0000000000000)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %3) #5
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v2i32(<2 x i32>) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nounwind }

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
!9 = distinct !{!9, !10, !11, !12}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!"llvm.loop.unroll.runtime.disable"}
