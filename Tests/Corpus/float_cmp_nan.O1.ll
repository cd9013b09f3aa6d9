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
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(48) %3, i8 0, i64 48, i1 false)
  store double 1.000000e+00, ptr %3, align 16
  %15 = getelementptr inbounds nuw i8, ptr %3, i64 8
  store double -2.000000e+00, ptr %15, align 8
  %16 = getelementptr inbounds nuw i8, ptr %3, i64 24
  store double 5.500000e+00, ptr %16, align 8
  %17 = getelementptr inbounds nuw i8, ptr %3, i64 32
  store double -0.000000e+00, ptr %17, align 16
  %18 = getelementptr inbounds nuw i8, ptr %3, i64 40
  store double 3.250000e+00, ptr %18, align 8
  br label %19

19:                                               ; preds = %2, %27
  %20 = phi i64 [ 0, %2 ], [ %28, %27 ]
  %21 = phi i32 [ 0, %2 ], [ %43, %27 ]
  %22 = getelementptr inbounds nuw [6 x double], ptr %3, i64 0, i64 %20
  %23 = load double, ptr %22, align 8, !tbaa !5
  br label %30

24:                                               ; preds = %27
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %43)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, double noundef 0x7FF0000000000000, double noundef 0xFFF0000000000000)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %3) #4
  ret i32 0

27:                                               ; preds = %30
  %28 = add nuw nsw i64 %20, 1
  %29 = icmp eq i64 %28, 6
  br i1 %29, label %24, label %19, !llvm.loop !9

30:                                               ; preds = %19, %30
  %31 = phi i64 [ 0, %19 ], [ %44, %30 ]
  %32 = phi i32 [ %21, %19 ], [ %43, %30 ]
  %33 = getelementptr inbounds nuw [6 x double], ptr %3, i64 0, i64 %31
  %34 = load double, ptr %33, align 8, !tbaa !5
  %35 = fcmp olt double %23, %34
  %36 = zext i1 %35 to i32
  %37 = fcmp oeq double %23, %34
  %38 = select i1 %37, i32 10, i32 0
  %39 = or disjoint i32 %38, %36
  %40 = fcmp oge double %23, %34
  %41 = select i1 %40, i32 100, i32 0
  %42 = add i32 %41, %32
  %43 = add i32 %42, %39
  %44 = add nuw nsw i64 %31, 1
  %45 = icmp eq i64 %44, 6
  br i1 %45, label %27, label %30, !llvm.loop !12
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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
