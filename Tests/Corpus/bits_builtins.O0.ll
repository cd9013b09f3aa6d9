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
@.str.7 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.8 = private unnamed_addr constant [24 x i8] c"next_pow2: %u %u %u %u\0A\00", align 1
@.str.9 = private unnamed_addr constant [26 x i8] c"ops: %08x %08x %08x %08x\0A\00", align 1
@.str.10 = private unnamed_addr constant [19 x i8] c"nibble swap: %02x\0A\00", align 1
@.str.11 = private unnamed_addr constant [18 x i8] c"sign bits: %d %u\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca [7 x i64], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i8, align 1
  %11 = alloca i8, align 1
  %12 = alloca i16, align 2
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.vals, i64 24, i1 false)
  store i32 0, ptr %3, align 4
  br label %13

13:                                               ; preds = %35, %0
  %14 = load i32, ptr %3, align 4
  %15 = icmp slt i32 %14, 6
  br i1 %15, label %16, label %38

16:                                               ; preds = %13
  %17 = load i32, ptr %3, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [6 x i32], ptr %2, i64 0, i64 %18
  %20 = load i32, ptr %19, align 4
  store i32 %20, ptr %4, align 4
  %21 = load i32, ptr %4, align 4
  %22 = load i32, ptr %4, align 4
  %23 = call i32 @llvm.ctpop.i32(i32 %22)
  %24 = load i32, ptr %4, align 4
  %25 = call i32 @popcount_loop(i32 noundef %24)
  %26 = load i32, ptr %4, align 4
  %27 = call i32 @llvm.ctlz.i32(i32 %26, i1 true)
  %28 = load i32, ptr %4, align 4
  %29 = call i32 @llvm.cttz.i32(i32 %28, i1 true)
  %30 = load i32, ptr %4, align 4
  %31 = call i32 @llvm.bswap.i32(i32 %30)
  %32 = load i32, ptr %4, align 4
  %33 = call i32 @reverse_bits(i32 noundef %32)
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %21, i32 noundef %23, i32 noundef %25, i32 noundef %27, i32 noundef %29, i32 noundef %31, i32 noundef %33)
  br label %35

35:                                               ; preds = %16
  %36 = load i32, ptr %3, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %3, align 4
  br label %13, !llvm.loop !6

38:                                               ; preds = %13
  store i64 81985529216486895, ptr %5, align 8
  %39 = load i64, ptr %5, align 8
  %40 = call i64 @llvm.ctpop.i64(i64 %39)
  %41 = trunc i64 %40 to i32
  %42 = load i64, ptr %5, align 8
  %43 = call i64 @llvm.ctlz.i64(i64 %42, i1 true)
  %44 = trunc i64 %43 to i32
  %45 = load i64, ptr %5, align 8
  %46 = shl i64 %45, 8
  %47 = call i64 @llvm.cttz.i64(i64 %46, i1 true)
  %48 = trunc i64 %47 to i32
  %49 = load i64, ptr %5, align 8
  %50 = call i64 @llvm.bswap.i64(i64 %49)
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %41, i32 noundef %44, i32 noundef %48, i64 noundef %50)
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef 52651)
  store i32 0, ptr %6, align 4
  br label %53

53:                                               ; preds = %67, %38
  %54 = load i32, ptr %6, align 4
  %55 = icmp ult i32 %54, 32
  br i1 %55, label %56, label %70

56:                                               ; preds = %53
  %57 = load i32, ptr %6, align 4
  %58 = load i32, ptr %6, align 4
  %59 = call i32 @rotl32(i32 noundef 305419896, i32 noundef %58)
  %60 = load i32, ptr %6, align 4
  %61 = call i32 @rotr32(i32 noundef 305419896, i32 noundef %60)
  %62 = load i64, ptr %5, align 8
  %63 = load i32, ptr %6, align 4
  %64 = mul i32 %63, 2
  %65 = call i64 @rotl64(i64 noundef %62, i32 noundef %64)
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %57, i32 noundef %59, i32 noundef %61, i64 noundef %65)
  br label %67

67:                                               ; preds = %56
  %68 = load i32, ptr %6, align 4
  %69 = add i32 %68, 7
  store i32 %69, ptr %6, align 4
  br label %53, !llvm.loop !8

70:                                               ; preds = %53
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef 1, i32 noundef 0)
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef 0, i32 noundef 4, i32 noundef 32)
  call void @llvm.memset.p0.i64(ptr align 16 %7, i8 0, i64 56, i1 false)
  %73 = getelementptr inbounds [7 x i64], ptr %7, i32 0, i32 1
  store i64 1, ptr %73, align 8
  %74 = getelementptr inbounds [7 x i64], ptr %7, i32 0, i32 2
  store i64 2, ptr %74, align 16
  %75 = getelementptr inbounds [7 x i64], ptr %7, i32 0, i32 3
  store i64 3, ptr %75, align 8
  %76 = getelementptr inbounds [7 x i64], ptr %7, i32 0, i32 4
  store i64 64, ptr %76, align 16
  %77 = getelementptr inbounds [7 x i64], ptr %7, i32 0, i32 5
  store i64 96, ptr %77, align 8
  %78 = getelementptr inbounds [7 x i64], ptr %7, i32 0, i32 6
  store i64 1099511627776, ptr %78, align 16
  store i32 0, ptr %8, align 4
  br label %79

79:                                               ; preds = %89, %70
  %80 = load i32, ptr %8, align 4
  %81 = icmp slt i32 %80, 7
  br i1 %81, label %82, label %92

82:                                               ; preds = %79
  %83 = load i32, ptr %8, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [7 x i64], ptr %7, i64 0, i64 %84
  %86 = load i64, ptr %85, align 8
  %87 = call i32 @is_pow2(i64 noundef %86)
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %87)
  br label %89

89:                                               ; preds = %82
  %90 = load i32, ptr %8, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %8, align 4
  br label %79, !llvm.loop !9

92:                                               ; preds = %79
  %93 = call i32 (ptr, ...) @printf(ptr noundef @.str.7)
  %94 = call i32 @next_pow2(i32 noundef 1)
  %95 = call i32 @next_pow2(i32 noundef 5)
  %96 = call i32 @next_pow2(i32 noundef 64)
  %97 = call i32 @next_pow2(i32 noundef 1000)
  %98 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %94, i32 noundef %95, i32 noundef %96, i32 noundef %97)
  store i32 61680, ptr %9, align 4
  %99 = load i32, ptr %9, align 4
  %100 = and i32 %99, 255
  %101 = load i32, ptr %9, align 4
  %102 = or i32 %101, 15
  %103 = load i32, ptr %9, align 4
  %104 = xor i32 %103, 65535
  %105 = load i32, ptr %9, align 4
  %106 = xor i32 %105, -1
  %107 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %100, i32 noundef %102, i32 noundef %104, i32 noundef %106)
  store i8 -106, ptr %10, align 1
  %108 = load i8, ptr %10, align 1
  %109 = zext i8 %108 to i32
  %110 = shl i32 %109, 4
  %111 = load i8, ptr %10, align 1
  %112 = zext i8 %111 to i32
  %113 = ashr i32 %112, 4
  %114 = or i32 %110, %113
  %115 = trunc i32 %114 to i8
  store i8 %115, ptr %11, align 1
  %116 = load i8, ptr %11, align 1
  %117 = zext i8 %116 to i32
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %117)
  store i16 -2, ptr %12, align 2
  %119 = load i16, ptr %12, align 2
  %120 = sext i16 %119 to i32
  %121 = ashr i32 %120, 1
  %122 = load i16, ptr %12, align 2
  %123 = zext i16 %122 to i32
  %124 = ashr i32 %123, 1
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %121, i32 noundef %124)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctpop.i32(i32) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @popcount_loop(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i32, ptr %2, align 4
  %6 = icmp ne i32 %5, 0
  br i1 %6, label %7, label %14

7:                                                ; preds = %4
  %8 = load i32, ptr %2, align 4
  %9 = sub i32 %8, 1
  %10 = load i32, ptr %2, align 4
  %11 = and i32 %10, %9
  store i32 %11, ptr %2, align 4
  %12 = load i32, ptr %3, align 4
  %13 = add nsw i32 %12, 1
  store i32 %13, ptr %3, align 4
  br label %4, !llvm.loop !10

14:                                               ; preds = %4
  %15 = load i32, ptr %3, align 4
  ret i32 %15
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctlz.i32(i32, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.cttz.i32(i32, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.bswap.i32(i32) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @reverse_bits(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %16, %1
  %6 = load i32, ptr %4, align 4
  %7 = icmp slt i32 %6, 32
  br i1 %7, label %8, label %19

8:                                                ; preds = %5
  %9 = load i32, ptr %3, align 4
  %10 = shl i32 %9, 1
  %11 = load i32, ptr %2, align 4
  %12 = and i32 %11, 1
  %13 = or i32 %10, %12
  store i32 %13, ptr %3, align 4
  %14 = load i32, ptr %2, align 4
  %15 = lshr i32 %14, 1
  store i32 %15, ptr %2, align 4
  br label %16

16:                                               ; preds = %8
  %17 = load i32, ptr %4, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %4, align 4
  br label %5, !llvm.loop !11

19:                                               ; preds = %5
  %20 = load i32, ptr %3, align 4
  ret i32 %20
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.cttz.i64(i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.bswap.i64(i64) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @rotl32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = shl i32 %5, %6
  %8 = load i32, ptr %3, align 4
  %9 = load i32, ptr %4, align 4
  %10 = sub i32 32, %9
  %11 = and i32 %10, 31
  %12 = lshr i32 %8, %11
  %13 = or i32 %7, %12
  ret i32 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @rotr32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = lshr i32 %5, %6
  %8 = load i32, ptr %3, align 4
  %9 = load i32, ptr %4, align 4
  %10 = sub i32 32, %9
  %11 = and i32 %10, 31
  %12 = shl i32 %8, %11
  %13 = or i32 %7, %12
  ret i32 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @rotl64(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i64, ptr %3, align 8
  %6 = load i32, ptr %4, align 4
  %7 = zext i32 %6 to i64
  %8 = shl i64 %5, %7
  %9 = load i64, ptr %3, align 8
  %10 = load i32, ptr %4, align 4
  %11 = sub i32 64, %10
  %12 = and i32 %11, 63
  %13 = zext i32 %12 to i64
  %14 = lshr i64 %9, %13
  %15 = or i64 %8, %14
  ret i64 %15
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @is_pow2(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = icmp ne i64 %3, 0
  br i1 %4, label %5, label %12

5:                                                ; preds = %1
  %6 = load i64, ptr %2, align 8
  %7 = load i64, ptr %2, align 8
  %8 = sub i64 %7, 1
  %9 = and i64 %6, %8
  %10 = icmp ne i64 %9, 0
  %11 = xor i1 %10, true
  br label %12

12:                                               ; preds = %5, %1
  %13 = phi i1 [ false, %1 ], [ %11, %5 ]
  %14 = zext i1 %13 to i32
  ret i32 %14
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @next_pow2(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp ule i32 %3, 1
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  br label %12

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4
  %8 = sub i32 %7, 1
  %9 = call i32 @llvm.ctlz.i32(i32 %8, i1 true)
  %10 = sub nsw i32 32, %9
  %11 = shl i32 1, %10
  br label %12

12:                                               ; preds = %6, %5
  %13 = phi i32 [ 1, %5 ], [ %11, %6 ]
  ret i32 %13
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
