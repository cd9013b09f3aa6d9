; ModuleID = 'promotions.c'
source_filename = "promotions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [15 x i8] c"uc sub: %d %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"uc cmp: %d %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"uc not: %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"us: %d %d %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [17 x i8] c"uc inc wrap: %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [17 x i8] c"uc shift: %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"sc: %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [13 x i8] c"char: %c %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [14 x i8] c"us total: %u\0A\00", align 1
@__const.main.bytes = private unnamed_addr constant [8 x i8] c"\01#Eg\89\AB\CD\EF", align 1
@.str.9 = private unnamed_addr constant [26 x i8] c"packed: %016llx le: %08x\0A\00", align 1
@.str.10 = private unnamed_addr constant [17 x i8] c"short: %d %u %d\0A\00", align 1
@__const.main.cnt = private unnamed_addr constant [4 x i8] c"\FA\FB\FC\FD", align 1
@.str.11 = private unnamed_addr constant [17 x i8] c"wrapped sum: %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i8, align 1
  %4 = alloca i16, align 2
  %5 = alloca i8, align 1
  %6 = alloca i8, align 1
  %7 = alloca i8, align 1
  %8 = alloca i8, align 1
  %9 = alloca i16, align 2
  %10 = alloca i32, align 4
  %11 = alloca [8 x i8], align 1
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i16, align 2
  %16 = alloca i16, align 2
  %17 = alloca [4 x i8], align 1
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i8 10, ptr %2, align 1
  store i8 20, ptr %3, align 1
  %20 = load i8, ptr %2, align 1
  %21 = load i8, ptr %3, align 1
  %22 = call i32 @uc_sub(i8 noundef zeroext %20, i8 noundef zeroext %21)
  %23 = load i8, ptr %2, align 1
  %24 = load i8, ptr %3, align 1
  %25 = call i32 @uc_sub_u(i8 noundef zeroext %23, i8 noundef zeroext %24)
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %22, i32 noundef %25)
  %27 = load i8, ptr %2, align 1
  %28 = zext i8 %27 to i32
  %29 = load i8, ptr %3, align 1
  %30 = zext i8 %29 to i32
  %31 = sub nsw i32 %28, %30
  %32 = icmp slt i32 %31, 0
  %33 = zext i1 %32 to i32
  %34 = load i8, ptr %2, align 1
  %35 = zext i8 %34 to i32
  %36 = load i8, ptr %3, align 1
  %37 = zext i8 %36 to i32
  %38 = sub nsw i32 %35, %37
  %39 = trunc i32 %38 to i8
  %40 = zext i8 %39 to i32
  %41 = icmp slt i32 %40, 0
  %42 = zext i1 %41 to i32
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %33, i32 noundef %42)
  %44 = load i8, ptr %2, align 1
  %45 = call zeroext i8 @uc_not(i8 noundef zeroext %44)
  %46 = zext i8 %45 to i32
  %47 = load i8, ptr %2, align 1
  %48 = zext i8 %47 to i32
  %49 = xor i32 %48, -1
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %46, i32 noundef %49)
  store i16 -1, ptr %4, align 2
  %51 = load i16, ptr %4, align 2
  %52 = zext i16 %51 to i32
  %53 = add nsw i32 %52, 1
  %54 = load i16, ptr %4, align 2
  %55 = zext i16 %54 to i32
  %56 = add nsw i32 %55, 1
  %57 = trunc i32 %56 to i16
  %58 = zext i16 %57 to i32
  %59 = load i16, ptr %4, align 2
  %60 = load i16, ptr %4, align 2
  %61 = call i32 @us_mul(i16 noundef zeroext %59, i16 noundef zeroext %60)
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %53, i32 noundef %58, i32 noundef %61)
  store i8 -1, ptr %5, align 1
  %63 = load i8, ptr %5, align 1
  %64 = add i8 %63, 1
  store i8 %64, ptr %5, align 1
  %65 = load i8, ptr %5, align 1
  %66 = zext i8 %65 to i32
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %66)
  store i8 -128, ptr %6, align 1
  %68 = load i8, ptr %6, align 1
  %69 = zext i8 %68 to i32
  %70 = shl i32 %69, 1
  %71 = load i8, ptr %6, align 1
  %72 = zext i8 %71 to i32
  %73 = shl i32 %72, 1
  %74 = trunc i32 %73 to i8
  %75 = zext i8 %74 to i32
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %70, i32 noundef %75)
  store i8 -16, ptr %7, align 1
  %77 = load i8, ptr %7, align 1
  %78 = sext i8 %77 to i32
  %79 = load i8, ptr %7, align 1
  %80 = sext i8 %79 to i32
  %81 = ashr i32 %80, 2
  %82 = load i8, ptr %7, align 1
  %83 = zext i8 %82 to i32
  %84 = ashr i32 %83, 2
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %78, i32 noundef %81, i32 noundef %84)
  store i8 65, ptr %8, align 1
  %86 = load i8, ptr %8, align 1
  %87 = sext i8 %86 to i32
  %88 = add nsw i32 %87, 2
  %89 = trunc i32 %88 to i8
  store i8 %89, ptr %8, align 1
  %90 = load i8, ptr %8, align 1
  %91 = sext i8 %90 to i32
  %92 = load i8, ptr %8, align 1
  %93 = sext i8 %92 to i32
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %91, i32 noundef %93)
  store i16 0, ptr %9, align 2
  store i32 0, ptr %10, align 4
  br label %95

95:                                               ; preds = %107, %0
  %96 = load i32, ptr %10, align 4
  %97 = icmp slt i32 %96, 1000
  br i1 %97, label %98, label %110

98:                                               ; preds = %95
  %99 = load i32, ptr %10, align 4
  %100 = mul nsw i32 %99, 97
  %101 = trunc i32 %100 to i16
  %102 = zext i16 %101 to i32
  %103 = load i16, ptr %9, align 2
  %104 = zext i16 %103 to i32
  %105 = add nsw i32 %104, %102
  %106 = trunc i32 %105 to i16
  store i16 %106, ptr %9, align 2
  br label %107

107:                                              ; preds = %98
  %108 = load i32, ptr %10, align 4
  %109 = add nsw i32 %108, 1
  store i32 %109, ptr %10, align 4
  br label %95, !llvm.loop !6

110:                                              ; preds = %95
  %111 = load i16, ptr %9, align 2
  %112 = zext i16 %111 to i32
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %112)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %11, ptr align 1 @__const.main.bytes, i64 8, i1 false)
  store i64 0, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %114

114:                                              ; preds = %126, %110
  %115 = load i32, ptr %13, align 4
  %116 = icmp slt i32 %115, 8
  br i1 %116, label %117, label %129

117:                                              ; preds = %114
  %118 = load i64, ptr %12, align 8
  %119 = shl i64 %118, 8
  %120 = load i32, ptr %13, align 4
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds [8 x i8], ptr %11, i64 0, i64 %121
  %123 = load i8, ptr %122, align 1
  %124 = zext i8 %123 to i64
  %125 = or i64 %119, %124
  store i64 %125, ptr %12, align 8
  br label %126

126:                                              ; preds = %117
  %127 = load i32, ptr %13, align 4
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %13, align 4
  br label %114, !llvm.loop !8

129:                                              ; preds = %114
  %130 = getelementptr inbounds [8 x i8], ptr %11, i64 0, i64 0
  %131 = load i8, ptr %130, align 1
  %132 = zext i8 %131 to i32
  %133 = getelementptr inbounds [8 x i8], ptr %11, i64 0, i64 1
  %134 = load i8, ptr %133, align 1
  %135 = zext i8 %134 to i32
  %136 = shl i32 %135, 8
  %137 = or i32 %132, %136
  %138 = getelementptr inbounds [8 x i8], ptr %11, i64 0, i64 2
  %139 = load i8, ptr %138, align 1
  %140 = zext i8 %139 to i32
  %141 = shl i32 %140, 16
  %142 = or i32 %137, %141
  %143 = getelementptr inbounds [8 x i8], ptr %11, i64 0, i64 3
  %144 = load i8, ptr %143, align 1
  %145 = zext i8 %144 to i32
  %146 = shl i32 %145, 24
  %147 = or i32 %142, %146
  store i32 %147, ptr %14, align 4
  %148 = load i64, ptr %12, align 8
  %149 = load i32, ptr %14, align 4
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %148, i32 noundef %149)
  store i16 -5, ptr %15, align 2
  %151 = load i16, ptr %15, align 2
  store i16 %151, ptr %16, align 2
  %152 = load i16, ptr %15, align 2
  %153 = sext i16 %152 to i32
  %154 = load i16, ptr %16, align 2
  %155 = zext i16 %154 to i32
  %156 = load i16, ptr %15, align 2
  %157 = sext i16 %156 to i32
  %158 = load i16, ptr %16, align 2
  %159 = sext i16 %158 to i32
  %160 = icmp eq i32 %157, %159
  %161 = zext i1 %160 to i32
  %162 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %153, i32 noundef %155, i32 noundef %161)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %17, ptr align 1 @__const.main.cnt, i64 4, i1 false)
  store i32 0, ptr %18, align 4
  store i32 0, ptr %19, align 4
  br label %163

163:                                              ; preds = %181, %129
  %164 = load i32, ptr %19, align 4
  %165 = icmp slt i32 %164, 4
  br i1 %165, label %166, label %184

166:                                              ; preds = %163
  %167 = load i32, ptr %19, align 4
  %168 = sext i32 %167 to i64
  %169 = getelementptr inbounds [4 x i8], ptr %17, i64 0, i64 %168
  %170 = load i8, ptr %169, align 1
  %171 = zext i8 %170 to i32
  %172 = add nsw i32 %171, 10
  %173 = trunc i32 %172 to i8
  store i8 %173, ptr %169, align 1
  %174 = load i32, ptr %19, align 4
  %175 = sext i32 %174 to i64
  %176 = getelementptr inbounds [4 x i8], ptr %17, i64 0, i64 %175
  %177 = load i8, ptr %176, align 1
  %178 = zext i8 %177 to i32
  %179 = load i32, ptr %18, align 4
  %180 = add nsw i32 %179, %178
  store i32 %180, ptr %18, align 4
  br label %181

181:                                              ; preds = %166
  %182 = load i32, ptr %19, align 4
  %183 = add nsw i32 %182, 1
  store i32 %183, ptr %19, align 4
  br label %163, !llvm.loop !9

184:                                              ; preds = %163
  %185 = load i32, ptr %18, align 4
  %186 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %185)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @uc_sub(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = sub nsw i32 %6, %8
  ret i32 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @uc_sub_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = sub nsw i32 %6, %8
  ret i32 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i8 @uc_not(i8 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = zext i8 %3 to i32
  %5 = xor i32 %4, -1
  %6 = trunc i32 %5 to i8
  ret i8 %6
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @us_mul(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = zext i16 %7 to i32
  %9 = mul i32 %6, %8
  ret i32 %9
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
