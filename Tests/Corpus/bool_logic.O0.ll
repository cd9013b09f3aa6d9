; ModuleID = 'bool_logic.c'
source_filename = "bool_logic.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [33 x i8] c"and: %d %d or: %d %d not: %d %d\0A\00", align 1
@calls = internal global i32 0, align 4
@.str.1 = private unnamed_addr constant [24 x i8] c"short && : %d calls=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [24 x i8] c"short || : %d calls=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [20 x i8] c"mixed: %d calls=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [24 x i8] c"conv: %d %d %d size=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [15 x i8] c"xor(%d,%d)=%s \00", align 1
@.str.6 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@__const.main.v1 = private unnamed_addr constant [3 x i32] [i32 1, i32 2, i32 3], align 4
@__const.main.v2 = private unnamed_addr constant [3 x i32] [i32 0, i32 0, i32 5], align 4
@.str.7 = private unnamed_addr constant [23 x i8] c"all: %d %d any: %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [20 x i8] c"nested ternary: %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [19 x i8] c"fizz xor buzz: %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"flag: %s\0A\00", align 1
@.str.11 = private unnamed_addr constant [3 x i8] c"%d\00", align 1
@.str.12 = private unnamed_addr constant [14 x i8] c"cmp bits: %d\0A\00", align 1
@.str.13 = private unnamed_addr constant [5 x i8] c"true\00", align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"false\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  %5 = alloca i8, align 1
  %6 = alloca i8, align 1
  %7 = alloca i8, align 1
  %8 = alloca double, align 8
  %9 = alloca i8, align 1
  %10 = alloca i8, align 1
  %11 = alloca i32, align 4
  %12 = alloca [3 x i32], align 4
  %13 = alloca [3 x i32], align 4
  %14 = alloca [3 x i32], align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i8, align 1
  %20 = alloca i32, align 4
  %21 = alloca [8 x i8], align 1
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  %26 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i8 1, ptr %2, align 1
  store i8 0, ptr %3, align 1
  %27 = load i8, ptr %2, align 1
  %28 = trunc i8 %27 to i1
  br i1 %28, label %29, label %32

29:                                               ; preds = %0
  %30 = load i8, ptr %2, align 1
  %31 = trunc i8 %30 to i1
  br label %32

32:                                               ; preds = %29, %0
  %33 = phi i1 [ false, %0 ], [ %31, %29 ]
  %34 = zext i1 %33 to i32
  %35 = load i8, ptr %2, align 1
  %36 = trunc i8 %35 to i1
  br i1 %36, label %37, label %40

37:                                               ; preds = %32
  %38 = load i8, ptr %3, align 1
  %39 = trunc i8 %38 to i1
  br label %40

40:                                               ; preds = %37, %32
  %41 = phi i1 [ false, %32 ], [ %39, %37 ]
  %42 = zext i1 %41 to i32
  %43 = load i8, ptr %3, align 1
  %44 = trunc i8 %43 to i1
  br i1 %44, label %48, label %45

45:                                               ; preds = %40
  %46 = load i8, ptr %2, align 1
  %47 = trunc i8 %46 to i1
  br label %48

48:                                               ; preds = %45, %40
  %49 = phi i1 [ true, %40 ], [ %47, %45 ]
  %50 = zext i1 %49 to i32
  %51 = load i8, ptr %3, align 1
  %52 = trunc i8 %51 to i1
  br i1 %52, label %56, label %53

53:                                               ; preds = %48
  %54 = load i8, ptr %3, align 1
  %55 = trunc i8 %54 to i1
  br label %56

56:                                               ; preds = %53, %48
  %57 = phi i1 [ true, %48 ], [ %55, %53 ]
  %58 = zext i1 %57 to i32
  %59 = load i8, ptr %2, align 1
  %60 = trunc i8 %59 to i1
  %61 = xor i1 %60, true
  %62 = zext i1 %61 to i32
  %63 = load i8, ptr %3, align 1
  %64 = trunc i8 %63 to i1
  %65 = xor i1 %64, true
  %66 = zext i1 %65 to i32
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %34, i32 noundef %42, i32 noundef %50, i32 noundef %58, i32 noundef %62, i32 noundef %66)
  store i32 0, ptr @calls, align 4
  %68 = call zeroext i1 @noisy(i1 noundef zeroext false)
  br i1 %68, label %69, label %71

69:                                               ; preds = %56
  %70 = call zeroext i1 @noisy(i1 noundef zeroext true)
  br label %71

71:                                               ; preds = %69, %56
  %72 = phi i1 [ false, %56 ], [ %70, %69 ]
  %73 = zext i1 %72 to i8
  store i8 %73, ptr %4, align 1
  %74 = load i8, ptr %4, align 1
  %75 = trunc i8 %74 to i1
  %76 = zext i1 %75 to i32
  %77 = load i32, ptr @calls, align 4
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %76, i32 noundef %77)
  store i32 0, ptr @calls, align 4
  %79 = call zeroext i1 @noisy(i1 noundef zeroext true)
  br i1 %79, label %82, label %80

80:                                               ; preds = %71
  %81 = call zeroext i1 @noisy(i1 noundef zeroext false)
  br label %82

82:                                               ; preds = %80, %71
  %83 = phi i1 [ true, %71 ], [ %81, %80 ]
  %84 = zext i1 %83 to i8
  store i8 %84, ptr %5, align 1
  %85 = load i8, ptr %5, align 1
  %86 = trunc i8 %85 to i1
  %87 = zext i1 %86 to i32
  %88 = load i32, ptr @calls, align 4
  %89 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %87, i32 noundef %88)
  store i32 0, ptr @calls, align 4
  %90 = call zeroext i1 @noisy(i1 noundef zeroext true)
  br i1 %90, label %91, label %93

91:                                               ; preds = %82
  %92 = call zeroext i1 @noisy(i1 noundef zeroext false)
  br i1 %92, label %95, label %93

93:                                               ; preds = %91, %82
  %94 = call zeroext i1 @noisy(i1 noundef zeroext true)
  br label %95

95:                                               ; preds = %93, %91
  %96 = phi i1 [ true, %91 ], [ %94, %93 ]
  %97 = zext i1 %96 to i8
  store i8 %97, ptr %6, align 1
  %98 = load i8, ptr %6, align 1
  %99 = trunc i8 %98 to i1
  %100 = zext i1 %99 to i32
  %101 = load i32, ptr @calls, align 4
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %100, i32 noundef %101)
  store i8 1, ptr %7, align 1
  store double 5.000000e-01, ptr %8, align 8
  %103 = load double, ptr %8, align 8
  %104 = fcmp une double %103, 0.000000e+00
  %105 = zext i1 %104 to i8
  store i8 %105, ptr %9, align 1
  store i8 0, ptr %10, align 1
  %106 = load i8, ptr %7, align 1
  %107 = trunc i8 %106 to i1
  %108 = zext i1 %107 to i32
  %109 = load i8, ptr %9, align 1
  %110 = trunc i8 %109 to i1
  %111 = zext i1 %110 to i32
  %112 = load i8, ptr %10, align 1
  %113 = trunc i8 %112 to i1
  %114 = zext i1 %113 to i32
  %115 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %108, i32 noundef %111, i32 noundef %114, i32 noundef 1)
  store i32 0, ptr %11, align 4
  br label %116

116:                                              ; preds = %133, %95
  %117 = load i32, ptr %11, align 4
  %118 = icmp slt i32 %117, 4
  br i1 %118, label %119, label %136

119:                                              ; preds = %116
  %120 = load i32, ptr %11, align 4
  %121 = ashr i32 %120, 1
  %122 = load i32, ptr %11, align 4
  %123 = and i32 %122, 1
  %124 = load i32, ptr %11, align 4
  %125 = ashr i32 %124, 1
  %126 = icmp ne i32 %125, 0
  %127 = load i32, ptr %11, align 4
  %128 = and i32 %127, 1
  %129 = icmp ne i32 %128, 0
  %130 = call zeroext i1 @xor_b(i1 noundef zeroext %126, i1 noundef zeroext %129)
  %131 = call ptr @tf(i1 noundef zeroext %130)
  %132 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %121, i32 noundef %123, ptr noundef %131)
  br label %133

133:                                              ; preds = %119
  %134 = load i32, ptr %11, align 4
  %135 = add nsw i32 %134, 1
  store i32 %135, ptr %11, align 4
  br label %116, !llvm.loop !6

136:                                              ; preds = %116
  %137 = call i32 (ptr, ...) @printf(ptr noundef @.str.6)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %12, ptr align 4 @__const.main.v1, i64 12, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %13, ptr align 4 @__const.main.v2, i64 12, i1 false)
  call void @llvm.memset.p0.i64(ptr align 4 %14, i8 0, i64 12, i1 false)
  %138 = getelementptr inbounds [3 x i32], ptr %12, i64 0, i64 0
  %139 = call zeroext i1 @all(ptr noundef %138, i32 noundef 3)
  %140 = zext i1 %139 to i32
  %141 = getelementptr inbounds [3 x i32], ptr %13, i64 0, i64 0
  %142 = call zeroext i1 @all(ptr noundef %141, i32 noundef 3)
  %143 = zext i1 %142 to i32
  %144 = getelementptr inbounds [3 x i32], ptr %13, i64 0, i64 0
  %145 = call zeroext i1 @any(ptr noundef %144, i32 noundef 3)
  %146 = zext i1 %145 to i32
  %147 = getelementptr inbounds [3 x i32], ptr %14, i64 0, i64 0
  %148 = call zeroext i1 @any(ptr noundef %147, i32 noundef 3)
  %149 = zext i1 %148 to i32
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %140, i32 noundef %143, i32 noundef %146, i32 noundef %149)
  store i32 7, ptr %15, align 4
  %151 = load i32, ptr %15, align 4
  %152 = icmp sgt i32 %151, 5
  br i1 %152, label %153, label %158

153:                                              ; preds = %136
  %154 = load i32, ptr %15, align 4
  %155 = icmp sgt i32 %154, 10
  %156 = zext i1 %155 to i64
  %157 = select i1 %155, i32 3, i32 2
  br label %163

158:                                              ; preds = %136
  %159 = load i32, ptr %15, align 4
  %160 = icmp slt i32 %159, 0
  %161 = zext i1 %160 to i64
  %162 = select i1 %160, i32 0, i32 1
  br label %163

163:                                              ; preds = %158, %153
  %164 = phi i32 [ %157, %153 ], [ %162, %158 ]
  store i32 %164, ptr %16, align 4
  %165 = load i32, ptr %16, align 4
  %166 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %165)
  store i32 0, ptr %17, align 4
  store i32 0, ptr %18, align 4
  br label %167

167:                                              ; preds = %182, %163
  %168 = load i32, ptr %18, align 4
  %169 = icmp slt i32 %168, 100
  br i1 %169, label %170, label %185

170:                                              ; preds = %167
  %171 = load i32, ptr %18, align 4
  %172 = srem i32 %171, 3
  %173 = icmp eq i32 %172, 0
  %174 = zext i1 %173 to i32
  %175 = load i32, ptr %18, align 4
  %176 = srem i32 %175, 5
  %177 = icmp eq i32 %176, 0
  %178 = zext i1 %177 to i32
  %179 = xor i32 %174, %178
  %180 = load i32, ptr %17, align 4
  %181 = add nsw i32 %180, %179
  store i32 %181, ptr %17, align 4
  br label %182

182:                                              ; preds = %170
  %183 = load i32, ptr %18, align 4
  %184 = add nsw i32 %183, 1
  store i32 %184, ptr %18, align 4
  br label %167, !llvm.loop !8

185:                                              ; preds = %167
  %186 = load i32, ptr %17, align 4
  %187 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %186)
  store i8 0, ptr %19, align 1
  store i32 0, ptr %20, align 4
  br label %188

188:                                              ; preds = %196, %185
  %189 = load i32, ptr %20, align 4
  %190 = icmp slt i32 %189, 5
  br i1 %190, label %191, label %199

191:                                              ; preds = %188
  %192 = load i8, ptr %19, align 1
  %193 = trunc i8 %192 to i1
  %194 = xor i1 %193, true
  %195 = zext i1 %194 to i8
  store i8 %195, ptr %19, align 1
  br label %196

196:                                              ; preds = %191
  %197 = load i32, ptr %20, align 4
  %198 = add nsw i32 %197, 1
  store i32 %198, ptr %20, align 4
  br label %188, !llvm.loop !9

199:                                              ; preds = %188
  %200 = load i8, ptr %19, align 1
  %201 = trunc i8 %200 to i1
  %202 = call ptr @tf(i1 noundef zeroext %201)
  %203 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %202)
  store i32 0, ptr %22, align 4
  br label %204

204:                                              ; preds = %216, %199
  %205 = load i32, ptr %22, align 4
  %206 = icmp slt i32 %205, 8
  br i1 %206, label %207, label %219

207:                                              ; preds = %204
  %208 = load i32, ptr %22, align 4
  %209 = mul nsw i32 %208, 3
  %210 = and i32 %209, 2
  %211 = icmp ne i32 %210, 0
  %212 = load i32, ptr %22, align 4
  %213 = sext i32 %212 to i64
  %214 = getelementptr inbounds [8 x i8], ptr %21, i64 0, i64 %213
  %215 = zext i1 %211 to i8
  store i8 %215, ptr %214, align 1
  br label %216

216:                                              ; preds = %207
  %217 = load i32, ptr %22, align 4
  %218 = add nsw i32 %217, 1
  store i32 %218, ptr %22, align 4
  br label %204, !llvm.loop !10

219:                                              ; preds = %204
  store i32 0, ptr %23, align 4
  br label %220

220:                                              ; preds = %231, %219
  %221 = load i32, ptr %23, align 4
  %222 = icmp slt i32 %221, 8
  br i1 %222, label %223, label %234

223:                                              ; preds = %220
  %224 = load i32, ptr %23, align 4
  %225 = sext i32 %224 to i64
  %226 = getelementptr inbounds [8 x i8], ptr %21, i64 0, i64 %225
  %227 = load i8, ptr %226, align 1
  %228 = trunc i8 %227 to i1
  %229 = zext i1 %228 to i32
  %230 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %229)
  br label %231

231:                                              ; preds = %223
  %232 = load i32, ptr %23, align 4
  %233 = add nsw i32 %232, 1
  store i32 %233, ptr %23, align 4
  br label %220, !llvm.loop !11

234:                                              ; preds = %220
  %235 = call i32 (ptr, ...) @printf(ptr noundef @.str.6)
  store i32 3, ptr %24, align 4
  store i32 4, ptr %25, align 4
  %236 = load i32, ptr %24, align 4
  %237 = load i32, ptr %25, align 4
  %238 = icmp slt i32 %236, %237
  %239 = zext i1 %238 to i32
  %240 = load i32, ptr %24, align 4
  %241 = load i32, ptr %25, align 4
  %242 = icmp sle i32 %240, %241
  %243 = zext i1 %242 to i32
  %244 = mul nsw i32 %243, 2
  %245 = add nsw i32 %239, %244
  %246 = load i32, ptr %24, align 4
  %247 = load i32, ptr %25, align 4
  %248 = icmp eq i32 %246, %247
  %249 = zext i1 %248 to i32
  %250 = mul nsw i32 %249, 4
  %251 = add nsw i32 %245, %250
  %252 = load i32, ptr %24, align 4
  %253 = load i32, ptr %25, align 4
  %254 = icmp ne i32 %252, %253
  %255 = zext i1 %254 to i32
  %256 = mul nsw i32 %255, 8
  %257 = add nsw i32 %251, %256
  store i32 %257, ptr %26, align 4
  %258 = load i32, ptr %26, align 4
  %259 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %258)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i1 @noisy(i1 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  %3 = zext i1 %0 to i8
  store i8 %3, ptr %2, align 1
  %4 = load i32, ptr @calls, align 4
  %5 = add nsw i32 %4, 1
  store i32 %5, ptr @calls, align 4
  %6 = load i8, ptr %2, align 1
  %7 = trunc i8 %6 to i1
  ret i1 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @tf(i1 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  %3 = zext i1 %0 to i8
  store i8 %3, ptr %2, align 1
  %4 = load i8, ptr %2, align 1
  %5 = trunc i8 %4 to i1
  %6 = zext i1 %5 to i64
  %7 = select i1 %5, ptr @.str.13, ptr @.str.14
  ret ptr %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i1 @xor_b(i1 noundef zeroext %0, i1 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  %5 = zext i1 %0 to i8
  store i8 %5, ptr %3, align 1
  %6 = zext i1 %1 to i8
  store i8 %6, ptr %4, align 1
  %7 = load i8, ptr %3, align 1
  %8 = trunc i8 %7 to i1
  %9 = zext i1 %8 to i32
  %10 = load i8, ptr %4, align 1
  %11 = trunc i8 %10 to i1
  %12 = zext i1 %11 to i32
  %13 = icmp ne i32 %9, %12
  ret i1 %13
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i1 @all(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i1, align 1
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %20, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %5, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %23

11:                                               ; preds = %7
  %12 = load ptr, ptr %4, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i32, ptr %12, i64 %14
  %16 = load i32, ptr %15, align 4
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %19, label %18

18:                                               ; preds = %11
  store i1 false, ptr %3, align 1
  br label %24

19:                                               ; preds = %11
  br label %20

20:                                               ; preds = %19
  %21 = load i32, ptr %6, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %6, align 4
  br label %7, !llvm.loop !12

23:                                               ; preds = %7
  store i1 true, ptr %3, align 1
  br label %24

24:                                               ; preds = %23, %18
  %25 = load i1, ptr %3, align 1
  ret i1 %25
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i1 @any(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i1, align 1
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %20, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %5, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %23

11:                                               ; preds = %7
  %12 = load ptr, ptr %4, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i32, ptr %12, i64 %14
  %16 = load i32, ptr %15, align 4
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %18, label %19

18:                                               ; preds = %11
  store i1 true, ptr %3, align 1
  br label %24

19:                                               ; preds = %11
  br label %20

20:                                               ; preds = %19
  %21 = load i32, ptr %6, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %6, align 4
  br label %7, !llvm.loop !13

23:                                               ; preds = %7
  store i1 false, ptr %3, align 1
  br label %24

24:                                               ; preds = %23, %18
  %25 = load i1, ptr %3, align 1
  ret i1 %25
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
