; ModuleID = 'bits_builtins.c'
source_filename = "bits_builtins.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.vals = private unnamed_addr constant [6 x i32] [i32 1, i32 -2147483648, i32 -559038737, i32 15790080, i32 12345, i32 -1], align 16
@.str = private unnamed_addr constant [50 x i8] c"%08x pop=%d/%d clz=%d ctz=%d bswap=%08x rev=%08x\0A\00", align 1
@.str.1 = private unnamed_addr constant [40 x i8] c"64: pop=%d clz=%d ctz=%d bswap=%016llx\0A\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"bswap16: %04x\0A\00", align 1
@.str.3 = private unnamed_addr constant [28 x i8] c"rot %2u: %08x %08x %016llx\0A\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"parity: %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [15 x i8] c"ffs: %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"%d\00", align 1
@.str.8 = private unnamed_addr constant [24 x i8] c"next_pow2: %u %u %u %u\0A\00", align 1
@.str.9 = private unnamed_addr constant [26 x i8] c"ops: %08x %08x %08x %08x\0A\00", align 1
@.str.10 = private unnamed_addr constant [19 x i8] c"nibble swap: %02x\0A\00", align 1
@.str.11 = private unnamed_addr constant [18 x i8] c"sign bits: %d %u\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [7 x i64], align 16
  br label %5

2:                                                ; preds = %26
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 32, i32 noundef 7, i32 noundef 8, i64 noundef -1167088121787636991)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 52651)
  br label %43

5:                                                ; preds = %0, %26
  %6 = phi i64 [ 0, %0 ], [ %32, %26 ]
  %7 = getelementptr inbounds nuw [6 x i32], ptr @__const.main.vals, i64 0, i64 %6
  %8 = load i32, ptr %7, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %5, %9
  %10 = phi i32 [ %14, %9 ], [ 0, %5 ]
  %11 = phi i32 [ %13, %9 ], [ %8, %5 ]
  %12 = add i32 %11, -1
  %13 = and i32 %12, %11
  %14 = add nuw nsw i32 %10, 1
  %15 = icmp eq i32 %13, 0
  br i1 %15, label %16, label %9, !llvm.loop !9

16:                                               ; preds = %9, %16
  %17 = phi i32 [ %24, %16 ], [ 0, %9 ]
  %18 = phi i32 [ %22, %16 ], [ 0, %9 ]
  %19 = phi i32 [ %23, %16 ], [ %8, %9 ]
  %20 = shl i32 %18, 1
  %21 = and i32 %19, 1
  %22 = or disjoint i32 %21, %20
  %23 = lshr i32 %19, 1
  %24 = add nuw nsw i32 %17, 1
  %25 = icmp eq i32 %24, 32
  br i1 %25, label %26, label %16, !llvm.loop !12

26:                                               ; preds = %16
  %27 = tail call range(i32 0, 33) i32 @llvm.ctpop.i32(i32 %8)
  %28 = tail call range(i32 0, 33) i32 @llvm.ctlz.i32(i32 %8, i1 true)
  %29 = tail call range(i32 0, 33) i32 @llvm.cttz.i32(i32 %8, i1 true)
  %30 = tail call i32 @llvm.bswap.i32(i32 %8)
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %8, i32 noundef %27, i32 noundef %14, i32 noundef %28, i32 noundef %29, i32 noundef %30, i32 noundef %22)
  %32 = add nuw nsw i64 %6, 1
  %33 = icmp eq i64 %32, 6
  br i1 %33, label %2, label %5, !llvm.loop !13

34:                                               ; preds = %43
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1, i32 noundef 0)
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 0, i32 noundef 4, i32 noundef 32)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %1) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(56) %1, i8 0, i64 56, i1 false)
  %37 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store i64 1, ptr %37, align 8
  %38 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store i64 2, ptr %38, align 16
  %39 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store i64 3, ptr %39, align 8
  %40 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store i64 64, ptr %40, align 16
  %41 = getelementptr inbounds nuw i8, ptr %1, i64 40
  store i64 96, ptr %41, align 8
  %42 = getelementptr inbounds nuw i8, ptr %1, i64 48
  store i64 1099511627776, ptr %42, align 16
  br label %65

43:                                               ; preds = %2, %43
  %44 = phi i64 [ 0, %2 ], [ %57, %43 ]
  %45 = trunc nuw nsw i64 %44 to i32
  %46 = tail call noundef i32 @llvm.fshl.i32(i32 305419896, i32 305419896, i32 range(i32 0, 32) %45)
  %47 = trunc nuw nsw i64 %44 to i32
  %48 = tail call noundef i32 @llvm.fshr.i32(i32 305419896, i32 305419896, i32 range(i32 0, 32) %47)
  %49 = shl nuw nsw i64 %44, 1
  %50 = shl i64 81985529216486895, %49
  %51 = sub nsw i64 0, %49
  %52 = and i64 %51, 62
  %53 = lshr i64 81985529216486895, %52
  %54 = or i64 %53, %50
  %55 = trunc nuw nsw i64 %44 to i32
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %55, i32 noundef %46, i32 noundef %48, i64 noundef %54)
  %57 = add nuw nsw i64 %44, 7
  %58 = icmp samesign ult i64 %44, 25
  br i1 %58, label %43, label %34, !llvm.loop !14

59:                                               ; preds = %74
  %60 = tail call i32 @putchar(i32 10)
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 1, i32 noundef 8, i32 noundef 64, i32 noundef 1024)
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 240, i32 noundef 61695, i32 noundef 3855, i32 noundef -61681)
  %63 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 105)
  %64 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef -1, i32 noundef 32767)
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %1) #7
  ret i32 0

65:                                               ; preds = %34, %74
  %66 = phi i64 [ 0, %34 ], [ %77, %74 ]
  %67 = getelementptr inbounds nuw [7 x i64], ptr %1, i64 0, i64 %66
  %68 = load i64, ptr %67, align 8, !tbaa !15
  %69 = icmp eq i64 %68, 0
  br i1 %69, label %74, label %70

70:                                               ; preds = %65
  %71 = tail call range(i64 1, 65) i64 @llvm.ctpop.i64(i64 %68)
  %72 = icmp samesign ult i64 %71, 2
  %73 = zext i1 %72 to i32
  br label %74

74:                                               ; preds = %65, %70
  %75 = phi i32 [ 0, %65 ], [ %73, %70 ]
  %76 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %75)
  %77 = add nuw nsw i64 %66, 1
  %78 = icmp eq i64 %77, 7
  br i1 %78, label %59, label %65, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctpop.i32(i32) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctlz.i32(i32, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.cttz.i32(i32, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.bswap.i32(i32) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshr.i32(i32, i32, i32) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #6

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nofree nounwind }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind }

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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
!13 = distinct !{!13, !10, !11}
!14 = distinct !{!14, !10, !11}
!15 = !{!16, !16, i64 0}
!16 = !{!"long", !7, i64 0}
!17 = distinct !{!17, !10, !11}
