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
  br label %18

2:                                                ; preds = %49
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 32, i32 noundef 7, i32 noundef 8, i64 noundef -1167088121787636991)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 52651)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 0, i32 noundef 305419896, i32 noundef 305419896, i64 noundef 81985529216486895)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 7, i32 noundef 439041033, i32 noundef -266049364, i64 noundef -3361406697875980216)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 14, i32 noundef 362677389, i32 noundef 1507870929, i64 noundef 8690466096661279830)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 21, i32 noundef -821934454, i32 noundef -1565278063, i64 noundef -5820977265620181466)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 28, i32 noundef -2128394905, i32 noundef 591751041, i64 noundef -1224658842671273011)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1, i32 noundef 0)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 0, i32 noundef 4, i32 noundef 32)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %1) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(56) %1, i8 0, i64 16, i1 false)
  %12 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store i64 1, ptr %12, align 8
  %13 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store i64 2, ptr %13, align 16
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store i64 3, ptr %14, align 8
  %15 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store i64 64, ptr %15, align 16
  %16 = getelementptr inbounds nuw i8, ptr %1, i64 40
  store i64 96, ptr %16, align 8
  %17 = getelementptr inbounds nuw i8, ptr %1, i64 48
  store i64 1099511627776, ptr %17, align 16
  br label %63

18:                                               ; preds = %0, %49
  %19 = phi i64 [ 0, %0 ], [ %55, %49 ]
  %20 = getelementptr inbounds nuw [6 x i32], ptr @__const.main.vals, i64 0, i64 %19
  %21 = load i32, ptr %20, align 4, !tbaa !5
  br label %22

22:                                               ; preds = %18, %22
  %23 = phi i32 [ %27, %22 ], [ 0, %18 ]
  %24 = phi i32 [ %26, %22 ], [ %21, %18 ]
  %25 = add i32 %24, -1
  %26 = and i32 %25, %24
  %27 = add nuw nsw i32 %23, 1
  %28 = icmp eq i32 %26, 0
  br i1 %28, label %29, label %22, !llvm.loop !9

29:                                               ; preds = %22, %29
  %30 = phi i32 [ %47, %29 ], [ 0, %22 ]
  %31 = phi i32 [ %45, %29 ], [ 0, %22 ]
  %32 = phi i32 [ %46, %29 ], [ %21, %22 ]
  %33 = shl i32 %31, 3
  %34 = shl i32 %32, 2
  %35 = and i32 %34, 4
  %36 = or disjoint i32 %33, %35
  %37 = and i32 %32, 2
  %38 = or disjoint i32 %37, %36
  %39 = lshr i32 %32, 2
  %40 = and i32 %39, 1
  %41 = or disjoint i32 %40, %38
  %42 = lshr i32 %32, 3
  %43 = shl i32 %41, 1
  %44 = and i32 %42, 1
  %45 = or disjoint i32 %44, %43
  %46 = lshr i32 %32, 4
  %47 = add nuw nsw i32 %30, 4
  %48 = icmp eq i32 %47, 32
  br i1 %48, label %49, label %29, !llvm.loop !11

49:                                               ; preds = %29
  %50 = tail call range(i32 0, 33) i32 @llvm.ctpop.i32(i32 %21)
  %51 = tail call range(i32 0, 33) i32 @llvm.ctlz.i32(i32 %21, i1 true)
  %52 = tail call range(i32 0, 33) i32 @llvm.cttz.i32(i32 %21, i1 true)
  %53 = tail call i32 @llvm.bswap.i32(i32 %21)
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %21, i32 noundef %50, i32 noundef %27, i32 noundef %51, i32 noundef %52, i32 noundef %53, i32 noundef %45)
  %55 = add nuw nsw i64 %19, 1
  %56 = icmp eq i64 %55, 6
  br i1 %56, label %2, label %18, !llvm.loop !12

57:                                               ; preds = %72
  %58 = tail call i32 @putchar(i32 10)
  %59 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 1, i32 noundef 8, i32 noundef 64, i32 noundef 1024)
  %60 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 240, i32 noundef 61695, i32 noundef 3855, i32 noundef -61681)
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 105)
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef -1, i32 noundef 32767)
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %1) #7
  ret i32 0

63:                                               ; preds = %2, %72
  %64 = phi i64 [ 0, %2 ], [ %75, %72 ]
  %65 = getelementptr inbounds nuw [7 x i64], ptr %1, i64 0, i64 %64
  %66 = load i64, ptr %65, align 8, !tbaa !13
  %67 = icmp eq i64 %66, 0
  br i1 %67, label %72, label %68

68:                                               ; preds = %63
  %69 = tail call range(i64 1, 65) i64 @llvm.ctpop.i64(i64 %66)
  %70 = icmp samesign ult i64 %69, 2
  %71 = zext i1 %70 to i32
  br label %72

72:                                               ; preds = %63, %68
  %73 = phi i32 [ 0, %63 ], [ %71, %68 ]
  %74 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %73)
  %75 = add nuw nsw i64 %64, 1
  %76 = icmp eq i64 %75, 7
  br i1 %76, label %57, label %63, !llvm.loop !15
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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = !{!14, !14, i64 0}
!14 = !{!"long", !7, i64 0}
!15 = distinct !{!15, !10}
