; ModuleID = 'int_divrem.c'
source_filename = "int_divrem.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.vals = private unnamed_addr constant [8 x i32] [i32 17, i32 -17, i32 7, i32 -7, i32 0, i32 1, i32 -1, i32 100], align 16
@.str = private unnamed_addr constant [15 x i8] c"%d/%d=%d r%d  \00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"u: %u %u %u %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [26 x i8] c"s64: %lld %lld %lld %lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [16 x i8] c"u64: %llu %llu\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"s8: %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [12 x i8] c"s16: %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"u8: %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"u16: %d %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [14 x i8] c"const: %d %u\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %1
  %2 = phi i64 [ 0, %0 ], [ %21, %1 ]
  %3 = getelementptr inbounds nuw [8 x i32], ptr @__const.main.vals, i64 0, i64 %2
  %4 = load i32, ptr %3, align 4, !tbaa !5
  %5 = sdiv i32 %4, 5
  %6 = srem i32 %4, 5
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4, i32 noundef 5, i32 noundef %5, i32 noundef %6)
  %8 = sdiv i32 %4, -5
  %9 = srem i32 %4, 5
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4, i32 noundef -5, i32 noundef %8, i32 noundef %9)
  %11 = sdiv i32 %4, 3
  %12 = srem i32 %4, 3
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4, i32 noundef 3, i32 noundef %11, i32 noundef %12)
  %14 = sdiv i32 %4, -3
  %15 = srem i32 %4, 3
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4, i32 noundef -3, i32 noundef %14, i32 noundef %15)
  %17 = sdiv i32 %4, 7
  %18 = srem i32 %4, 7
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4, i32 noundef 7, i32 noundef %17, i32 noundef %18)
  %20 = tail call i32 @putchar(i32 10)
  %21 = add nuw nsw i64 %2, 1
  %22 = icmp eq i64 %21, 8
  br i1 %22, label %23, label %1, !llvm.loop !9

23:                                               ; preds = %1
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 613566756, i32 noundef 3, i32 noundef 858993455, i32 noundef 4)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef -142857142857, i64 noundef -1, i64 noundef -76923076923, i64 noundef 1)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef 1844674407370955161, i64 noundef 5)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef -14, i32 noundef -2)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 4285, i32 noundef -5)
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 35, i32 noundef 5)
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 5000, i32 noundef 0)
  br label %31

31:                                               ; preds = %31, %23
  %32 = phi i32 [ 0, %23 ], [ %53, %31 ]
  %33 = phi <4 x i32> [ <i32 0, i32 7, i32 14, i32 21>, %23 ], [ %54, %31 ]
  %34 = phi <4 x i32> [ zeroinitializer, %23 ], [ %51, %31 ]
  %35 = phi <4 x i32> [ zeroinitializer, %23 ], [ %52, %31 ]
  %36 = phi <4 x i16> [ <i16 0, i16 7, i16 14, i16 21>, %23 ], [ %55, %31 ]
  %37 = add <4 x i32> %33, splat (i32 28)
  %38 = add <4 x i16> %36, splat (i16 28)
  %39 = udiv <4 x i16> %36, splat (i16 3)
  %40 = udiv <4 x i16> %38, splat (i16 3)
  %41 = urem <4 x i16> %36, splat (i16 10)
  %42 = urem <4 x i16> %38, splat (i16 10)
  %43 = add nuw nsw <4 x i16> %39, %41
  %44 = add nuw nsw <4 x i16> %40, %42
  %45 = zext nneg <4 x i16> %43 to <4 x i32>
  %46 = zext nneg <4 x i16> %44 to <4 x i32>
  %47 = lshr <4 x i32> %33, splat (i32 6)
  %48 = lshr <4 x i32> %37, splat (i32 6)
  %49 = add <4 x i32> %47, %34
  %50 = add <4 x i32> %48, %35
  %51 = add <4 x i32> %49, %45
  %52 = add <4 x i32> %50, %46
  %53 = add nuw i32 %32, 8
  %54 = add <4 x i32> %33, splat (i32 56)
  %55 = add <4 x i16> %36, splat (i16 56)
  %56 = icmp eq i32 %53, 136
  br i1 %56, label %57, label %31, !llvm.loop !11

57:                                               ; preds = %31
  %58 = add <4 x i32> %52, %51
  %59 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %58)
  %60 = add i32 %59, 2402
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 0, i32 noundef %60)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10, !12, !13}
!12 = !{!"llvm.loop.isvectorized", i32 1}
!13 = !{!"llvm.loop.unroll.runtime.disable"}
