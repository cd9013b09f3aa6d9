; ModuleID = 'int_widths.c'
source_filename = "int_widths.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [23 x i8] c"sizes: %d %d %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"u8 wrap: %u %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"u16 wrap: %u %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c"u32 wrap: %u %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [21 x i8] c"u64 wrap: %llu %llu\0A\00", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"s8: %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"s16: %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [28 x i8] c"widen: %lld %llu %lld %llu\0A\00", align 1
@.str.8 = private unnamed_addr constant [36 x i8] c"chain: %d %u %d %u %d %u %lld %llu\0A\00", align 1
@.str.9 = private unnamed_addr constant [14 x i8] c"mixed: %d %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [15 x i8] c"mixed64: %lld\0A\00", align 1
@.str.11 = private unnamed_addr constant [11 x i8] c"acc: %llu\0A\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c"corpus\00", align 1
@.str.13 = private unnamed_addr constant [18 x i8] c"fnv1a: %u 0x%08x\0A\00", align 1
@.str.14 = private unnamed_addr constant [13 x i8] c"promote: %d\0A\00", align 1
@.str.15 = private unnamed_addr constant [28 x i8] c"limits: %d %d %u %lld %llu\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i8, align 1
  %4 = alloca i16, align 2
  %5 = alloca i16, align 2
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca ptr, align 8
  %17 = alloca i16, align 2
  %18 = alloca i16, align 2
  %19 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 1, i32 noundef 2, i32 noundef 4, i32 noundef 8, i32 noundef 8)
  %21 = call zeroext i8 @add_u8(i8 noundef zeroext -56, i8 noundef zeroext 100)
  %22 = zext i8 %21 to i32
  %23 = call zeroext i8 @add_u8(i8 noundef zeroext -1, i8 noundef zeroext 1)
  %24 = zext i8 %23 to i32
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %22, i32 noundef %24)
  %26 = call zeroext i16 @mul_u16(i16 noundef zeroext 300, i16 noundef zeroext 300)
  %27 = zext i16 %26 to i32
  %28 = call zeroext i16 @mul_u16(i16 noundef zeroext -1, i16 noundef zeroext 2)
  %29 = zext i16 %28 to i32
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %27, i32 noundef %29)
  %31 = call i32 @sub_u32(i32 noundef 0, i32 noundef 1)
  %32 = call i32 @sub_u32(i32 noundef 5, i32 noundef 10)
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %31, i32 noundef %32)
  %34 = call i64 @add_u64(i64 noundef -1, i64 noundef 2)
  %35 = call i64 @add_u64(i64 noundef -9223372036854775808, i64 noundef -9223372036854775808)
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %34, i64 noundef %35)
  %37 = call signext i8 @to_s8(i32 noundef 127)
  %38 = sext i8 %37 to i32
  %39 = call signext i8 @to_s8(i32 noundef 128)
  %40 = sext i8 %39 to i32
  %41 = call signext i8 @to_s8(i32 noundef 300)
  %42 = sext i8 %41 to i32
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %38, i32 noundef %40, i32 noundef %42)
  %44 = call signext i16 @to_s16(i64 noundef 32767)
  %45 = sext i16 %44 to i32
  %46 = call signext i16 @to_s16(i64 noundef 32768)
  %47 = sext i16 %46 to i32
  %48 = call signext i16 @to_s16(i64 noundef -70000)
  %49 = sext i16 %48 to i32
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %45, i32 noundef %47, i32 noundef %49)
  %51 = call i64 @widen_s(i8 noundef signext -5)
  %52 = call i64 @widen_u(i8 noundef zeroext -5)
  %53 = call i64 @widen_s(i8 noundef signext 100)
  %54 = call i64 @widen_u(i8 noundef zeroext 7)
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %51, i64 noundef %52, i64 noundef %53, i64 noundef %54)
  store i8 -1, ptr %2, align 1
  %56 = load i8, ptr %2, align 1
  store i8 %56, ptr %3, align 1
  %57 = load i8, ptr %2, align 1
  %58 = sext i8 %57 to i16
  store i16 %58, ptr %4, align 2
  %59 = load i8, ptr %2, align 1
  %60 = sext i8 %59 to i16
  store i16 %60, ptr %5, align 2
  %61 = load i16, ptr %5, align 2
  %62 = zext i16 %61 to i32
  store i32 %62, ptr %6, align 4
  %63 = load i16, ptr %4, align 2
  %64 = sext i16 %63 to i32
  store i32 %64, ptr %7, align 4
  %65 = load i32, ptr %7, align 4
  %66 = zext i32 %65 to i64
  store i64 %66, ptr %8, align 8
  %67 = load i16, ptr %4, align 2
  %68 = sext i16 %67 to i64
  store i64 %68, ptr %9, align 8
  %69 = load i8, ptr %2, align 1
  %70 = sext i8 %69 to i32
  %71 = load i8, ptr %3, align 1
  %72 = zext i8 %71 to i32
  %73 = load i16, ptr %4, align 2
  %74 = sext i16 %73 to i32
  %75 = load i16, ptr %5, align 2
  %76 = zext i16 %75 to i32
  %77 = load i32, ptr %6, align 4
  %78 = load i32, ptr %7, align 4
  %79 = load i64, ptr %8, align 8
  %80 = load i64, ptr %9, align 8
  %81 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %70, i32 noundef %72, i32 noundef %74, i32 noundef %76, i32 noundef %77, i32 noundef %78, i64 noundef %79, i64 noundef %80)
  store i32 -3, ptr %10, align 4
  store i32 2, ptr %11, align 4
  %82 = load i32, ptr %10, align 4
  %83 = load i32, ptr %11, align 4
  %84 = icmp slt i32 %82, %83
  %85 = zext i1 %84 to i32
  %86 = load i32, ptr %10, align 4
  %87 = load i32, ptr %11, align 4
  %88 = icmp ugt i32 %86, %87
  %89 = zext i1 %88 to i32
  %90 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %85, i32 noundef %89)
  %91 = load i32, ptr %10, align 4
  %92 = sext i32 %91 to i64
  %93 = mul nsw i64 %92, 4000000000
  store i64 %93, ptr %12, align 8
  %94 = load i64, ptr %12, align 8
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i64 noundef %94)
  store i64 1, ptr %13, align 8
  store i32 0, ptr %14, align 4
  br label %96

96:                                               ; preds = %105, %0
  %97 = load i32, ptr %14, align 4
  %98 = icmp slt i32 %97, 70
  br i1 %98, label %99, label %108

99:                                               ; preds = %96
  %100 = load i64, ptr %13, align 8
  %101 = mul i64 %100, 3
  %102 = load i32, ptr %14, align 4
  %103 = zext i32 %102 to i64
  %104 = add i64 %101, %103
  store i64 %104, ptr %13, align 8
  br label %105

105:                                              ; preds = %99
  %106 = load i32, ptr %14, align 4
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %14, align 4
  br label %96, !llvm.loop !6

108:                                              ; preds = %96
  %109 = load i64, ptr %13, align 8
  %110 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %109)
  store i32 -2128831035, ptr %15, align 4
  store ptr @.str.12, ptr %16, align 8
  br label %111

111:                                              ; preds = %115, %108
  %112 = load ptr, ptr %16, align 8
  %113 = load i8, ptr %112, align 1
  %114 = icmp ne i8 %113, 0
  br i1 %114, label %115, label %124

115:                                              ; preds = %111
  %116 = load ptr, ptr %16, align 8
  %117 = getelementptr inbounds nuw i8, ptr %116, i32 1
  store ptr %117, ptr %16, align 8
  %118 = load i8, ptr %116, align 1
  %119 = zext i8 %118 to i32
  %120 = load i32, ptr %15, align 4
  %121 = xor i32 %120, %119
  store i32 %121, ptr %15, align 4
  %122 = load i32, ptr %15, align 4
  %123 = mul i32 %122, 16777619
  store i32 %123, ptr %15, align 4
  br label %111, !llvm.loop !8

124:                                              ; preds = %111
  %125 = load i32, ptr %15, align 4
  %126 = load i32, ptr %15, align 4
  %127 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %125, i32 noundef %126)
  store i16 1000, ptr %17, align 2
  store i16 1000, ptr %18, align 2
  %128 = load i16, ptr %17, align 2
  %129 = sext i16 %128 to i32
  %130 = load i16, ptr %18, align 2
  %131 = sext i16 %130 to i32
  %132 = mul nsw i32 %129, %131
  store i32 %132, ptr %19, align 4
  %133 = load i32, ptr %19, align 4
  %134 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %133)
  %135 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i32 noundef -128, i32 noundef -32768, i32 noundef -1, i64 noundef -9223372036854775808, i64 noundef -1)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i8 @add_u8(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i16 @mul_u16(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = zext i16 %7 to i32
  %9 = mul nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sub_u32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = sub i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @add_u64(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = add i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal signext i8 @to_s8(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = trunc i32 %3 to i8
  ret i8 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal signext i16 @to_s16(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = trunc i64 %3 to i16
  ret i16 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @widen_s(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = sext i8 %3 to i64
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @widen_u(i8 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = zext i8 %3 to i64
  ret i64 %4
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
