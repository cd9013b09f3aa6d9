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
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #6
  %2 = tail call i64 @p8_add(i64 8589934593, i64 171798691870)
  store i64 %2, ptr %1, align 8
  %3 = trunc i64 %2 to i32
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 4
  %5 = lshr i64 %2, 32
  %6 = trunc nuw i64 %5 to i32
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %3, i32 noundef %6)
  call void @p8_scale(ptr noundef nonnull %1, i32 noundef -3)
  %8 = load i32, ptr %1, align 8, !tbaa !5
  %9 = load i32, ptr %4, align 4, !tbaa !10
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
  %24 = tail call { i64, i32 } @s12_rot(i64 8589934593, i32 3)
  %25 = extractvalue { i64, i32 } %24, 0
  %26 = extractvalue { i64, i32 } %24, 1
  %27 = trunc i64 %25 to i32
  %28 = lshr i64 %25, 32
  %29 = trunc nuw i64 %28 to i32
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %27, i32 noundef %29, i32 noundef %26)
  %31 = tail call { i64, i32 } @s12_rot(i64 %25, i32 %26)
  %32 = extractvalue { i64, i32 } %31, 0
  %33 = extractvalue { i64, i32 } %31, 1
  %34 = trunc i64 %32 to i32
  %35 = lshr i64 %32, 32
  %36 = trunc nuw i64 %35 to i32
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %34, i32 noundef %36, i32 noundef %33)
  %38 = tail call { i64, i32 } @s12_rot(i64 %32, i32 %33)
  %39 = extractvalue { i64, i32 } %38, 0
  %40 = extractvalue { i64, i32 } %38, 1
  %41 = trunc i64 %39 to i32
  %42 = lshr i64 %39, 32
  %43 = trunc nuw i64 %42 to i32
  %44 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %41, i32 noundef %43, i32 noundef %40)
  %45 = tail call { i64, i32 } @s12_rot(i64 %39, i32 %40)
  %46 = extractvalue { i64, i32 } %45, 0
  %47 = extractvalue { i64, i32 } %45, 1
  %48 = trunc i64 %46 to i32
  %49 = lshr i64 %46, 32
  %50 = trunc nuw i64 %49 to i32
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %48, i32 noundef %50, i32 noundef %47)
  %52 = tail call { i64, i64 } @m16_make(i32 noundef 41)
  %53 = extractvalue { i64, i64 } %52, 0
  %54 = extractvalue { i64, i64 } %52, 1
  %55 = trunc i64 %53 to i32
  %56 = lshr i64 %53, 16
  %57 = trunc i64 %56 to i32
  %58 = ashr i32 %57, 16
  %59 = lshr i64 %53, 24
  %60 = trunc i64 %59 to i32
  %61 = ashr i32 %60, 24
  %62 = tail call i64 @m16_sum(i64 %53, i64 %54)
  %63 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %55, i32 noundef %58, i32 noundef %61, i64 noundef %54, i64 noundef %62)
  %64 = tail call i64 @p8_add(i64 0, i64 0)
  %65 = tail call i64 @p8_add(i64 %64, i64 4294967297)
  %66 = tail call i64 @p8_add(i64 %65, i64 17179869186)
  %67 = tail call i64 @p8_add(i64 %66, i64 38654705667)
  %68 = lshr i64 %67, 32
  %69 = trunc nuw i64 %68 to i32
  %70 = trunc i64 %67 to i32
  %71 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %70, i32 noundef %69, i32 noundef 8, i32 noundef 16, i32 noundef 12, i32 noundef 16)
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 99, i32 noundef 1)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #6
  ret i32 0
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
