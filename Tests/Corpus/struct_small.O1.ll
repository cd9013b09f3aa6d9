; ModuleID = 'struct_small.c'
source_filename = "struct_small.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.P8 = type { i32, i32 }

@.str = private unnamed_addr constant [11 x i8] c"p8: %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"p8 scaled: %d %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [28 x i8] c"p16: %lld %lld (orig %lld)\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"c4: %c%c%c%c\0A\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"s12: %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [29 x i8] c"m16: %d %d %d %lld sum=%lld\0A\00", align 1
@.str.6 = private unnamed_addr constant [29 x i8] c"acc: %d %d size=%d %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [19 x i8] c"copy: %d orig: %d\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @p8_add(i64 %0, i64 %1) local_unnamed_addr #0 {
  %3 = and i64 %0, -4294967296
  %4 = add i64 %1, %0
  %5 = add i64 %1, %3
  %6 = and i64 %5, -4294967296
  %7 = and i64 %4, 4294967295
  %8 = or disjoint i64 %6, %7
  ret i64 %8
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { i64, i64 } @p16_mul(i64 %0, i64 %1, i64 noundef %2) local_unnamed_addr #0 {
  %4 = mul nsw i64 %2, %0
  %5 = mul nsw i64 %2, %1
  %6 = insertvalue { i64, i64 } poison, i64 %4, 0
  %7 = insertvalue { i64, i64 } %6, i64 %5, 1
  ret { i64, i64 } %7
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @c4_rev(i32 %0) local_unnamed_addr #0 {
  %2 = tail call i32 @llvm.bswap.i32(i32 %0)
  ret i32 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { i64, i32 } @s12_rot(i64 %0, i32 %1) local_unnamed_addr #0 {
  %3 = trunc i64 %0 to i32
  %4 = zext i32 %1 to i64
  %5 = tail call i64 @llvm.fshl.i64(i64 %4, i64 %0, i64 32)
  %6 = insertvalue { i64, i32 } poison, i64 %5, 0
  %7 = insertvalue { i64, i32 } %6, i32 %3, 1
  ret { i64, i32 } %7
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { i64, i64 } @m16_make(i32 noundef %0) local_unnamed_addr #0 {
  %2 = zext i32 %0 to i64
  %3 = shl i64 %2, 33
  %4 = sext i32 %0 to i64
  %5 = mul nsw i64 %4, 1000000007
  %6 = add i32 %0, 1
  %7 = and i32 %6, 255
  %8 = zext nneg i32 %7 to i64
  %9 = shl nuw nsw i64 %8, 48
  %10 = and i64 %3, 281466386776064
  %11 = or disjoint i64 %9, %10
  %12 = or disjoint i64 %11, %2
  %13 = insertvalue { i64, i64 } poison, i64 %12, 0
  %14 = insertvalue { i64, i64 } %13, i64 %5, 1
  ret { i64, i64 } %14
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @m16_sum(i64 %0, i64 %1) local_unnamed_addr #0 {
  %3 = trunc i64 %0 to i32
  %4 = lshr i64 %0, 16
  %5 = trunc i64 %4 to i32
  %6 = ashr i32 %5, 16
  %7 = add nsw i32 %6, %3
  %8 = lshr i64 %0, 24
  %9 = trunc i64 %8 to i32
  %10 = ashr i32 %9, 24
  %11 = add nsw i32 %7, %10
  %12 = sext i32 %11 to i64
  %13 = add nsw i64 %1, %12
  ret i64 %13
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @p8_scale(ptr noundef captures(none) %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = load i32, ptr %0, align 4, !tbaa !5
  %4 = mul nsw i32 %3, %1
  store i32 %4, ptr %0, align 4, !tbaa !5
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 4
  %6 = load i32, ptr %5, align 4, !tbaa !10
  %7 = mul nsw i32 %6, %1
  store i32 %7, ptr %5, align 4, !tbaa !10
  ret void
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 {
  %1 = alloca %struct.P8, align 8
  %2 = alloca [4 x %struct.P8], align 16
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #6
  %3 = tail call i64 @p8_add(i64 8589934593, i64 171798691870)
  store i64 %3, ptr %1, align 8
  %4 = load i32, ptr %1, align 8, !tbaa !5
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 4
  %6 = load i32, ptr %5, align 4, !tbaa !10
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4, i32 noundef %6)
  call void @p8_scale(ptr noundef nonnull %1, i32 noundef -3)
  %8 = load i32, ptr %1, align 8, !tbaa !5
  %9 = load i32, ptr %5, align 4, !tbaa !10
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %8, i32 noundef %9)
  %11 = tail call { i64, i64 } @p16_mul(i64 123456789012, i64 -5, i64 noundef 3)
  %12 = extractvalue { i64, i64 } %11, 0
  %13 = extractvalue { i64, i64 } %11, 1
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %12, i64 noundef %13, i64 noundef 123456789012)
  %15 = tail call i32 @c4_rev(i32 1684234849)
  %16 = shl i32 %15, 24
  %17 = ashr exact i32 %16, 24
  %18 = shl i32 %15, 16
  %19 = ashr i32 %18, 24
  %20 = shl i32 %15, 8
  %21 = ashr i32 %20, 24
  %22 = ashr i32 %15, 24
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %17, i32 noundef %19, i32 noundef %21, i32 noundef %22)
  br label %37

24:                                               ; preds = %37
  %25 = tail call { i64, i64 } @m16_make(i32 noundef 41)
  %26 = extractvalue { i64, i64 } %25, 0
  %27 = extractvalue { i64, i64 } %25, 1
  %28 = trunc i64 %26 to i32
  %29 = lshr i64 %26, 16
  %30 = trunc i64 %29 to i32
  %31 = ashr i32 %30, 16
  %32 = lshr i64 %26, 24
  %33 = trunc i64 %32 to i32
  %34 = ashr i32 %33, 24
  %35 = tail call i64 @m16_sum(i64 %26, i64 %27)
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %28, i32 noundef %31, i32 noundef %34, i64 noundef %27, i64 noundef %35)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #6
  br label %54

37:                                               ; preds = %0, %37
  %38 = phi i64 [ 2, %0 ], [ %49, %37 ]
  %39 = phi i64 [ 1, %0 ], [ %46, %37 ]
  %40 = phi i32 [ 3, %0 ], [ %47, %37 ]
  %41 = phi i32 [ 0, %0 ], [ %52, %37 ]
  %42 = shl nuw i64 %38, 32
  %43 = and i64 %39, 4294967295
  %44 = or disjoint i64 %42, %43
  %45 = tail call { i64, i32 } @s12_rot(i64 %44, i32 %40)
  %46 = extractvalue { i64, i32 } %45, 0
  %47 = extractvalue { i64, i32 } %45, 1
  %48 = trunc i64 %46 to i32
  %49 = lshr i64 %46, 32
  %50 = trunc nuw i64 %49 to i32
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %48, i32 noundef %50, i32 noundef %47)
  %52 = add nuw nsw i32 %41, 1
  %53 = icmp eq i32 %52, 4
  br i1 %53, label %24, label %37, !llvm.loop !11

54:                                               ; preds = %24, %54
  %55 = phi i64 [ 0, %24 ], [ %61, %54 ]
  %56 = getelementptr inbounds nuw [4 x %struct.P8], ptr %2, i64 0, i64 %55
  %57 = trunc nuw nsw i64 %55 to i32
  store i32 %57, ptr %56, align 8, !tbaa !5
  %58 = mul nuw nsw i64 %55, %55
  %59 = getelementptr inbounds nuw i8, ptr %56, i64 4
  %60 = trunc nuw i64 %58 to i32
  store i32 %60, ptr %59, align 4, !tbaa !10
  %61 = add nuw nsw i64 %55, 1
  %62 = icmp eq i64 %61, 4
  br i1 %62, label %68, label %54, !llvm.loop !14

63:                                               ; preds = %68
  %64 = trunc nuw i64 %78 to i32
  %65 = trunc i64 %77 to i32
  %66 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %65, i32 noundef %64, i32 noundef 8, i32 noundef 16, i32 noundef 12, i32 noundef 16)
  %67 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 99, i32 noundef 1)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #6
  ret i32 0

68:                                               ; preds = %54, %68
  %69 = phi i64 [ %79, %68 ], [ 0, %54 ]
  %70 = phi i64 [ %78, %68 ], [ 0, %54 ]
  %71 = phi i64 [ %77, %68 ], [ 0, %54 ]
  %72 = getelementptr inbounds nuw [4 x %struct.P8], ptr %2, i64 0, i64 %69
  %73 = shl nuw i64 %70, 32
  %74 = and i64 %71, 4294967295
  %75 = or disjoint i64 %73, %74
  %76 = load i64, ptr %72, align 8
  %77 = tail call i64 @p8_add(i64 %75, i64 %76)
  %78 = lshr i64 %77, 32
  %79 = add nuw nsw i64 %69, 1
  %80 = icmp eq i64 %79, 4
  br i1 %80, label %63, label %68, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.bswap.i32(i32) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.fshl.i64(i64, i64, i64) #5

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"P8", !7, i64 0, !7, i64 4}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!6, !7, i64 4}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
