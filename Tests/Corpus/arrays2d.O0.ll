; ModuleID = 'arrays2d.c'
source_filename = "arrays2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [4 x i8] c"%3d\00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"diag: %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"row %d sum %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [24 x i8] c"flat[13]=%d m[2][3]=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"rp: %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [24 x i8] c"grid[%d]=%s len-ish=%c\0A\00", align 1
@grid = internal global [3 x [8 x i8]] [[8 x i8] c"abc\00\00\00\00\00", [8 x i8] c"defgh\00\00\00", [8 x i8] c"ij\00\00\00\00\00\00"], align 16
@.str.7 = private unnamed_addr constant [14 x i8] c"weighted: %g\0A\00", align 1
@.str.8 = private unnamed_addr constant [16 x i8] c"cube: %d %d %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x [5 x i32]], align 16
  %3 = alloca [5 x [4 x i32]], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca [3 x [3 x double]], align 16
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca [2 x [3 x [4 x i32]]], align 16
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %19 = getelementptr inbounds [4 x [5 x i32]], ptr %2, i64 0, i64 0
  call void @fill(ptr noundef %19)
  %20 = getelementptr inbounds [4 x [5 x i32]], ptr %2, i64 0, i64 0
  %21 = getelementptr inbounds [5 x [4 x i32]], ptr %3, i64 0, i64 0
  call void @transpose(ptr noundef %20, ptr noundef %21)
  store i32 0, ptr %4, align 4
  br label %22

22:                                               ; preds = %43, %0
  %23 = load i32, ptr %4, align 4
  %24 = icmp slt i32 %23, 5
  br i1 %24, label %25, label %46

25:                                               ; preds = %22
  store i32 0, ptr %5, align 4
  br label %26

26:                                               ; preds = %38, %25
  %27 = load i32, ptr %5, align 4
  %28 = icmp slt i32 %27, 4
  br i1 %28, label %29, label %41

29:                                               ; preds = %26
  %30 = load i32, ptr %4, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [5 x [4 x i32]], ptr %3, i64 0, i64 %31
  %33 = load i32, ptr %5, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [4 x i32], ptr %32, i64 0, i64 %34
  %36 = load i32, ptr %35, align 4
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %36)
  br label %38

38:                                               ; preds = %29
  %39 = load i32, ptr %5, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %5, align 4
  br label %26, !llvm.loop !6

41:                                               ; preds = %26
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str.1)
  br label %43

43:                                               ; preds = %41
  %44 = load i32, ptr %4, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %4, align 4
  br label %22, !llvm.loop !8

46:                                               ; preds = %22
  %47 = getelementptr inbounds [4 x [5 x i32]], ptr %2, i64 0, i64 0
  %48 = call i32 @trace_like(ptr noundef %47)
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %48)
  store i32 0, ptr %6, align 4
  br label %50

50:                                               ; preds = %61, %46
  %51 = load i32, ptr %6, align 4
  %52 = icmp slt i32 %51, 4
  br i1 %52, label %53, label %64

53:                                               ; preds = %50
  %54 = load i32, ptr %6, align 4
  %55 = load i32, ptr %6, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [4 x [5 x i32]], ptr %2, i64 0, i64 %56
  %58 = getelementptr inbounds [5 x i32], ptr %57, i64 0, i64 0
  %59 = call i32 @row_sum(ptr noundef %58, i32 noundef 5)
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %54, i32 noundef %59)
  br label %61

61:                                               ; preds = %53
  %62 = load i32, ptr %6, align 4
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %6, align 4
  br label %50, !llvm.loop !9

64:                                               ; preds = %50
  %65 = getelementptr inbounds [4 x [5 x i32]], ptr %2, i64 0, i64 0
  %66 = getelementptr inbounds [5 x i32], ptr %65, i64 0, i64 0
  store ptr %66, ptr %7, align 8
  %67 = load ptr, ptr %7, align 8
  %68 = getelementptr inbounds i32, ptr %67, i64 13
  %69 = load i32, ptr %68, align 4
  %70 = getelementptr inbounds [4 x [5 x i32]], ptr %2, i64 0, i64 2
  %71 = getelementptr inbounds [5 x i32], ptr %70, i64 0, i64 3
  %72 = load i32, ptr %71, align 4
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %69, i32 noundef %72)
  %74 = getelementptr inbounds [4 x [5 x i32]], ptr %2, i64 0, i64 0
  %75 = getelementptr inbounds [5 x i32], ptr %74, i64 1
  store ptr %75, ptr %8, align 8
  %76 = load ptr, ptr %8, align 8
  %77 = getelementptr inbounds [5 x i32], ptr %76, i64 0, i64 4
  %78 = load i32, ptr %77, align 4
  %79 = load ptr, ptr %8, align 8
  %80 = getelementptr inbounds [5 x i32], ptr %79, i64 1
  %81 = getelementptr inbounds [5 x i32], ptr %80, i64 0, i64 0
  %82 = load i32, ptr %81, align 4
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %78, i32 noundef %82)
  store i32 0, ptr %9, align 4
  br label %84

84:                                               ; preds = %100, %64
  %85 = load i32, ptr %9, align 4
  %86 = icmp slt i32 %85, 3
  br i1 %86, label %87, label %103

87:                                               ; preds = %84
  %88 = load i32, ptr %9, align 4
  %89 = load i32, ptr %9, align 4
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [3 x [8 x i8]], ptr @grid, i64 0, i64 %90
  %92 = getelementptr inbounds [8 x i8], ptr %91, i64 0, i64 0
  %93 = load i32, ptr %9, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [3 x [8 x i8]], ptr @grid, i64 0, i64 %94
  %96 = getelementptr inbounds [8 x i8], ptr %95, i64 0, i64 1
  %97 = load i8, ptr %96, align 1
  %98 = sext i8 %97 to i32
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %88, ptr noundef %92, i32 noundef %98)
  br label %100

100:                                              ; preds = %87
  %101 = load i32, ptr %9, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %9, align 4
  br label %84, !llvm.loop !10

103:                                              ; preds = %84
  call void @llvm.memset.p0.i64(ptr align 16 %10, i8 0, i64 72, i1 false)
  %104 = getelementptr inbounds [3 x [3 x double]], ptr %10, i32 0, i32 0
  %105 = getelementptr inbounds [3 x double], ptr %104, i32 0, i32 0
  store double 1.000000e+00, ptr %105, align 16
  %106 = getelementptr inbounds [3 x [3 x double]], ptr %10, i32 0, i32 1
  %107 = getelementptr inbounds [3 x double], ptr %106, i32 0, i32 1
  store double 1.000000e+00, ptr %107, align 8
  %108 = getelementptr inbounds [3 x [3 x double]], ptr %10, i32 0, i32 2
  %109 = getelementptr inbounds [3 x double], ptr %108, i32 0, i32 2
  store double 1.000000e+00, ptr %109, align 16
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %110

110:                                              ; preds = %138, %103
  %111 = load i32, ptr %12, align 4
  %112 = icmp slt i32 %111, 3
  br i1 %112, label %113, label %141

113:                                              ; preds = %110
  store i32 0, ptr %13, align 4
  br label %114

114:                                              ; preds = %134, %113
  %115 = load i32, ptr %13, align 4
  %116 = icmp slt i32 %115, 3
  br i1 %116, label %117, label %137

117:                                              ; preds = %114
  %118 = load i32, ptr %12, align 4
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds [3 x [3 x double]], ptr %10, i64 0, i64 %119
  %121 = load i32, ptr %13, align 4
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds [3 x double], ptr %120, i64 0, i64 %122
  %124 = load double, ptr %123, align 8
  %125 = load i32, ptr %12, align 4
  %126 = add nsw i32 %125, 1
  %127 = sitofp i32 %126 to double
  %128 = fmul double %124, %127
  %129 = load i32, ptr %13, align 4
  %130 = add nsw i32 %129, 2
  %131 = sitofp i32 %130 to double
  %132 = load double, ptr %11, align 8
  %133 = call double @llvm.fmuladd.f64(double %128, double %131, double %132)
  store double %133, ptr %11, align 8
  br label %134

134:                                              ; preds = %117
  %135 = load i32, ptr %13, align 4
  %136 = add nsw i32 %135, 1
  store i32 %136, ptr %13, align 4
  br label %114, !llvm.loop !11

137:                                              ; preds = %114
  br label %138

138:                                              ; preds = %137
  %139 = load i32, ptr %12, align 4
  %140 = add nsw i32 %139, 1
  store i32 %140, ptr %12, align 4
  br label %110, !llvm.loop !12

141:                                              ; preds = %110
  %142 = load double, ptr %11, align 8
  %143 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %142)
  store i32 0, ptr %15, align 4
  store i32 0, ptr %16, align 4
  br label %144

144:                                              ; preds = %175, %141
  %145 = load i32, ptr %16, align 4
  %146 = icmp slt i32 %145, 2
  br i1 %146, label %147, label %178

147:                                              ; preds = %144
  store i32 0, ptr %17, align 4
  br label %148

148:                                              ; preds = %171, %147
  %149 = load i32, ptr %17, align 4
  %150 = icmp slt i32 %149, 3
  br i1 %150, label %151, label %174

151:                                              ; preds = %148
  store i32 0, ptr %18, align 4
  br label %152

152:                                              ; preds = %167, %151
  %153 = load i32, ptr %18, align 4
  %154 = icmp slt i32 %153, 4
  br i1 %154, label %155, label %170

155:                                              ; preds = %152
  %156 = load i32, ptr %15, align 4
  %157 = add nsw i32 %156, 1
  store i32 %157, ptr %15, align 4
  %158 = load i32, ptr %16, align 4
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds [2 x [3 x [4 x i32]]], ptr %14, i64 0, i64 %159
  %161 = load i32, ptr %17, align 4
  %162 = sext i32 %161 to i64
  %163 = getelementptr inbounds [3 x [4 x i32]], ptr %160, i64 0, i64 %162
  %164 = load i32, ptr %18, align 4
  %165 = sext i32 %164 to i64
  %166 = getelementptr inbounds [4 x i32], ptr %163, i64 0, i64 %165
  store i32 %156, ptr %166, align 4
  br label %167

167:                                              ; preds = %155
  %168 = load i32, ptr %18, align 4
  %169 = add nsw i32 %168, 1
  store i32 %169, ptr %18, align 4
  br label %152, !llvm.loop !13

170:                                              ; preds = %152
  br label %171

171:                                              ; preds = %170
  %172 = load i32, ptr %17, align 4
  %173 = add nsw i32 %172, 1
  store i32 %173, ptr %17, align 4
  br label %148, !llvm.loop !14

174:                                              ; preds = %148
  br label %175

175:                                              ; preds = %174
  %176 = load i32, ptr %16, align 4
  %177 = add nsw i32 %176, 1
  store i32 %177, ptr %16, align 4
  br label %144, !llvm.loop !15

178:                                              ; preds = %144
  %179 = getelementptr inbounds [2 x [3 x [4 x i32]]], ptr %14, i64 0, i64 1
  %180 = getelementptr inbounds [3 x [4 x i32]], ptr %179, i64 0, i64 2
  %181 = getelementptr inbounds [4 x i32], ptr %180, i64 0, i64 3
  %182 = load i32, ptr %181, align 4
  %183 = getelementptr inbounds [2 x [3 x [4 x i32]]], ptr %14, i64 0, i64 0
  %184 = getelementptr inbounds [3 x [4 x i32]], ptr %183, i64 0, i64 2
  %185 = getelementptr inbounds [4 x i32], ptr %184, i64 0, i64 1
  %186 = load i32, ptr %185, align 4
  %187 = getelementptr inbounds [2 x [3 x [4 x i32]]], ptr %14, i64 0, i64 1
  %188 = getelementptr inbounds [3 x [4 x i32]], ptr %187, i64 0, i64 0
  %189 = getelementptr inbounds [4 x i32], ptr %188, i64 0, i64 0
  %190 = load i32, ptr %189, align 16
  %191 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %182, i32 noundef %186, i32 noundef %190)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @fill(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %5

5:                                                ; preds = %28, %1
  %6 = load i32, ptr %3, align 4
  %7 = icmp slt i32 %6, 4
  br i1 %7, label %8, label %31

8:                                                ; preds = %5
  store i32 0, ptr %4, align 4
  br label %9

9:                                                ; preds = %24, %8
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %10, 5
  br i1 %11, label %12, label %27

12:                                               ; preds = %9
  %13 = load i32, ptr %3, align 4
  %14 = mul nsw i32 %13, 10
  %15 = load i32, ptr %4, align 4
  %16 = add nsw i32 %14, %15
  %17 = load ptr, ptr %2, align 8
  %18 = load i32, ptr %3, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [5 x i32], ptr %17, i64 %19
  %21 = load i32, ptr %4, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [5 x i32], ptr %20, i64 0, i64 %22
  store i32 %16, ptr %23, align 4
  br label %24

24:                                               ; preds = %12
  %25 = load i32, ptr %4, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %4, align 4
  br label %9, !llvm.loop !16

27:                                               ; preds = %9
  br label %28

28:                                               ; preds = %27
  %29 = load i32, ptr %3, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %3, align 4
  br label %5, !llvm.loop !17

31:                                               ; preds = %5
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @transpose(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %7

7:                                                ; preds = %34, %2
  %8 = load i32, ptr %5, align 4
  %9 = icmp slt i32 %8, 4
  br i1 %9, label %10, label %37

10:                                               ; preds = %7
  store i32 0, ptr %6, align 4
  br label %11

11:                                               ; preds = %30, %10
  %12 = load i32, ptr %6, align 4
  %13 = icmp slt i32 %12, 5
  br i1 %13, label %14, label %33

14:                                               ; preds = %11
  %15 = load ptr, ptr %3, align 8
  %16 = load i32, ptr %5, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [5 x i32], ptr %15, i64 %17
  %19 = load i32, ptr %6, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [5 x i32], ptr %18, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4
  %23 = load ptr, ptr %4, align 8
  %24 = load i32, ptr %6, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [4 x i32], ptr %23, i64 %25
  %27 = load i32, ptr %5, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [4 x i32], ptr %26, i64 0, i64 %28
  store i32 %22, ptr %29, align 4
  br label %30

30:                                               ; preds = %14
  %31 = load i32, ptr %6, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %6, align 4
  br label %11, !llvm.loop !18

33:                                               ; preds = %11
  br label %34

34:                                               ; preds = %33
  %35 = load i32, ptr %5, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %5, align 4
  br label %7, !llvm.loop !19

37:                                               ; preds = %7
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @trace_like(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %19, %1
  %6 = load i32, ptr %4, align 4
  %7 = icmp slt i32 %6, 4
  br i1 %7, label %8, label %22

8:                                                ; preds = %5
  %9 = load ptr, ptr %2, align 8
  %10 = load i32, ptr %4, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [5 x i32], ptr %9, i64 %11
  %13 = load i32, ptr %4, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [5 x i32], ptr %12, i64 0, i64 %14
  %16 = load i32, ptr %15, align 4
  %17 = load i32, ptr %3, align 4
  %18 = add nsw i32 %17, %16
  store i32 %18, ptr %3, align 4
  br label %19

19:                                               ; preds = %8
  %20 = load i32, ptr %4, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %4, align 4
  br label %5, !llvm.loop !20

22:                                               ; preds = %5
  %23 = load i32, ptr %3, align 4
  ret i32 %23
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @row_sum(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %19, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %22

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i32, ptr %12, i64 %14
  %16 = load i32, ptr %15, align 4
  %17 = load i32, ptr %5, align 4
  %18 = add nsw i32 %17, %16
  store i32 %18, ptr %5, align 4
  br label %19

19:                                               ; preds = %11
  %20 = load i32, ptr %6, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %6, align 4
  br label %7, !llvm.loop !21

22:                                               ; preds = %7
  %23 = load i32, ptr %5, align 4
  ret i32 %23
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
!21 = distinct !{!21, !7}
