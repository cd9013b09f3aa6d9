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
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %3) #4
  %15 = getelementptr inbounds nuw i8, ptr %3, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %15, i8 0, i64 16, i1 false)
  store double 1.000000e+00, ptr %3, align 16
  %16 = getelementptr inbounds nuw i8, ptr %3, i64 8
  store double -2.000000e+00, ptr %16, align 8
  %17 = getelementptr inbounds nuw i8, ptr %3, i64 24
  store double 5.500000e+00, ptr %17, align 8
  %18 = getelementptr inbounds nuw i8, ptr %3, i64 32
  store double -0.000000e+00, ptr %18, align 16
  %19 = getelementptr inbounds nuw i8, ptr %3, i64 40
  store double 3.250000e+00, ptr %19, align 8
  br label %20

20:                                               ; preds = %2, %20
  %21 = phi i64 [ 0, %2 ], [ %79, %20 ]
  %22 = phi i32 [ 0, %2 ], [ %78, %20 ]
  %23 = getelementptr inbounds nuw [6 x double], ptr %3, i64 0, i64 %21
  %24 = load double, ptr %23, align 8, !tbaa !5
  %25 = fcmp olt double %24, 1.000000e+00
  %26 = zext i1 %25 to i32
  %27 = fcmp oeq double %24, 1.000000e+00
  %28 = select i1 %27, i32 10, i32 0
  %29 = or disjoint i32 %28, %26
  %30 = fcmp oge double %24, 1.000000e+00
  %31 = select i1 %30, i32 100, i32 0
  %32 = add i32 %31, %22
  %33 = add i32 %32, %29
  %34 = fcmp olt double %24, -2.000000e+00
  %35 = zext i1 %34 to i32
  %36 = fcmp oeq double %24, -2.000000e+00
  %37 = select i1 %36, i32 10, i32 0
  %38 = or disjoint i32 %37, %35
  %39 = fcmp oge double %24, -2.000000e+00
  %40 = select i1 %39, i32 100, i32 0
  %41 = add i32 %40, %33
  %42 = add i32 %41, %38
  %43 = fcmp olt double %24, 0.000000e+00
  %44 = zext i1 %43 to i32
  %45 = fcmp oeq double %24, 0.000000e+00
  %46 = select i1 %45, i32 10, i32 0
  %47 = or disjoint i32 %46, %44
  %48 = fcmp oge double %24, 0.000000e+00
  %49 = select i1 %48, i32 100, i32 0
  %50 = add i32 %49, %42
  %51 = add i32 %50, %47
  %52 = fcmp olt double %24, 5.500000e+00
  %53 = zext i1 %52 to i32
  %54 = fcmp oeq double %24, 5.500000e+00
  %55 = select i1 %54, i32 10, i32 0
  %56 = or disjoint i32 %55, %53
  %57 = fcmp oge double %24, 5.500000e+00
  %58 = select i1 %57, i32 100, i32 0
  %59 = add i32 %58, %51
  %60 = add i32 %59, %56
  %61 = fcmp olt double %24, 0.000000e+00
  %62 = zext i1 %61 to i32
  %63 = fcmp oeq double %24, 0.000000e+00
  %64 = select i1 %63, i32 10, i32 0
  %65 = or disjoint i32 %64, %62
  %66 = fcmp oge double %24, 0.000000e+00
  %67 = select i1 %66, i32 100, i32 0
  %68 = add i32 %67, %60
  %69 = add i32 %68, %65
  %70 = fcmp olt double %24, 3.250000e+00
  %71 = zext i1 %70 to i32
  %72 = fcmp oeq double %24, 3.250000e+00
  %73 = select i1 %72, i32 10, i32 0
  %74 = or disjoint i32 %73, %71
  %75 = fcmp oge double %24, 3.250000e+00
  %76 = select i1 %75, i32 100, i32 0
  %77 = add i32 %76, %69
  %78 = add i32 %77, %74
  %79 = add nuw nsw i64 %21, 1
  %80 = icmp eq i64 %79, 6
  br i1 %80, label %81, label %20, !llvm.loop !9

81:                                               ; preds = %20
  %82 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %78)
  %83 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, double noundef 0x7FF0000000000000, double noundef 0xFFF0000000000000)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %3) #4
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

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind }

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
