; ModuleID = 'struct_small.c'
source_filename = "struct_small.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.P8 = type { i32, i32 }
%struct.P16 = type { i64, i64 }
%struct.C4 = type { i8, i8, i8, i8 }
%struct.S12 = type { i32, i32, i32 }
%struct.M16 = type { i32, i16, i8, i64 }

@__const.main.a = private unnamed_addr constant %struct.P8 { i32 1, i32 2 }, align 4
@__const.main.b = private unnamed_addr constant %struct.P8 { i32 30, i32 40 }, align 4
@.str = private unnamed_addr constant [11 x i8] c"p8: %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"p8 scaled: %d %d\0A\00", align 1
@__const.main.p = private unnamed_addr constant %struct.P16 { i64 123456789012, i64 -5 }, align 8
@.str.2 = private unnamed_addr constant [28 x i8] c"p16: %lld %lld (orig %lld)\0A\00", align 1
@__const.main.w = private unnamed_addr constant %struct.C4 { i8 97, i8 98, i8 99, i8 100 }, align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"c4: %c%c%c%c\0A\00", align 1
@__const.main.s = private unnamed_addr constant %struct.S12 { i32 1, i32 2, i32 3 }, align 4
@.str.4 = private unnamed_addr constant [15 x i8] c"s12: %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [29 x i8] c"m16: %d %d %d %lld sum=%lld\0A\00", align 1
@.str.6 = private unnamed_addr constant [29 x i8] c"acc: %d %d size=%d %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [19 x i8] c"copy: %d orig: %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @p8_add(i64 %0, i64 %1) #0 {
  %3 = alloca %struct.P8, align 4
  %4 = alloca %struct.P8, align 4
  %5 = alloca %struct.P8, align 4
  store i64 %0, ptr %4, align 4
  store i64 %1, ptr %5, align 4
  %6 = getelementptr inbounds nuw %struct.P8, ptr %3, i32 0, i32 0
  %7 = getelementptr inbounds nuw %struct.P8, ptr %4, i32 0, i32 0
  %8 = load i32, ptr %7, align 4
  %9 = getelementptr inbounds nuw %struct.P8, ptr %5, i32 0, i32 0
  %10 = load i32, ptr %9, align 4
  %11 = add nsw i32 %8, %10
  store i32 %11, ptr %6, align 4
  %12 = getelementptr inbounds nuw %struct.P8, ptr %3, i32 0, i32 1
  %13 = getelementptr inbounds nuw %struct.P8, ptr %4, i32 0, i32 1
  %14 = load i32, ptr %13, align 4
  %15 = getelementptr inbounds nuw %struct.P8, ptr %5, i32 0, i32 1
  %16 = load i32, ptr %15, align 4
  %17 = add nsw i32 %14, %16
  store i32 %17, ptr %12, align 4
  %18 = load i64, ptr %3, align 4
  ret i64 %18
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { i64, i64 } @p16_mul(i64 %0, i64 %1, i64 noundef %2) #0 {
  %4 = alloca %struct.P16, align 8
  %5 = alloca %struct.P16, align 8
  %6 = alloca i64, align 8
  %7 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  store i64 %0, ptr %7, align 8
  %8 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  store i64 %1, ptr %8, align 8
  store i64 %2, ptr %6, align 8
  %9 = load i64, ptr %6, align 8
  %10 = getelementptr inbounds nuw %struct.P16, ptr %5, i32 0, i32 0
  %11 = load i64, ptr %10, align 8
  %12 = mul nsw i64 %11, %9
  store i64 %12, ptr %10, align 8
  %13 = load i64, ptr %6, align 8
  %14 = getelementptr inbounds nuw %struct.P16, ptr %5, i32 0, i32 1
  %15 = load i64, ptr %14, align 8
  %16 = mul nsw i64 %15, %13
  store i64 %16, ptr %14, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 %5, i64 16, i1 false)
  %17 = load { i64, i64 }, ptr %4, align 8
  ret { i64, i64 } %17
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @c4_rev(i32 %0) #0 {
  %2 = alloca %struct.C4, align 1
  %3 = alloca %struct.C4, align 1
  store i32 %0, ptr %3, align 1
  %4 = getelementptr inbounds nuw %struct.C4, ptr %2, i32 0, i32 0
  %5 = getelementptr inbounds nuw %struct.C4, ptr %3, i32 0, i32 3
  %6 = load i8, ptr %5, align 1
  store i8 %6, ptr %4, align 1
  %7 = getelementptr inbounds nuw %struct.C4, ptr %2, i32 0, i32 1
  %8 = getelementptr inbounds nuw %struct.C4, ptr %3, i32 0, i32 2
  %9 = load i8, ptr %8, align 1
  store i8 %9, ptr %7, align 1
  %10 = getelementptr inbounds nuw %struct.C4, ptr %2, i32 0, i32 2
  %11 = getelementptr inbounds nuw %struct.C4, ptr %3, i32 0, i32 1
  %12 = load i8, ptr %11, align 1
  store i8 %12, ptr %10, align 1
  %13 = getelementptr inbounds nuw %struct.C4, ptr %2, i32 0, i32 3
  %14 = getelementptr inbounds nuw %struct.C4, ptr %3, i32 0, i32 0
  %15 = load i8, ptr %14, align 1
  store i8 %15, ptr %13, align 1
  %16 = load i32, ptr %2, align 1
  ret i32 %16
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { i64, i32 } @s12_rot(i64 %0, i32 %1) #0 {
  %3 = alloca %struct.S12, align 4
  %4 = alloca %struct.S12, align 4
  %5 = alloca { i64, i32 }, align 4
  %6 = alloca { i64, i32 }, align 8
  %7 = getelementptr inbounds nuw { i64, i32 }, ptr %5, i32 0, i32 0
  store i64 %0, ptr %7, align 4
  %8 = getelementptr inbounds nuw { i64, i32 }, ptr %5, i32 0, i32 1
  store i32 %1, ptr %8, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 %5, i64 12, i1 false)
  %9 = getelementptr inbounds nuw %struct.S12, ptr %3, i32 0, i32 0
  %10 = getelementptr inbounds nuw %struct.S12, ptr %4, i32 0, i32 1
  %11 = load i32, ptr %10, align 4
  store i32 %11, ptr %9, align 4
  %12 = getelementptr inbounds nuw %struct.S12, ptr %3, i32 0, i32 1
  %13 = getelementptr inbounds nuw %struct.S12, ptr %4, i32 0, i32 2
  %14 = load i32, ptr %13, align 4
  store i32 %14, ptr %12, align 4
  %15 = getelementptr inbounds nuw %struct.S12, ptr %3, i32 0, i32 2
  %16 = getelementptr inbounds nuw %struct.S12, ptr %4, i32 0, i32 0
  %17 = load i32, ptr %16, align 4
  store i32 %17, ptr %15, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 4 %3, i64 12, i1 false)
  %18 = load { i64, i32 }, ptr %6, align 8
  ret { i64, i32 } %18
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { i64, i64 } @m16_make(i32 noundef %0) #0 {
  %2 = alloca %struct.M16, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = getelementptr inbounds nuw %struct.M16, ptr %2, i32 0, i32 0
  %5 = load i32, ptr %3, align 4
  store i32 %5, ptr %4, align 8
  %6 = getelementptr inbounds nuw %struct.M16, ptr %2, i32 0, i32 1
  %7 = load i32, ptr %3, align 4
  %8 = mul nsw i32 %7, 2
  %9 = trunc i32 %8 to i16
  store i16 %9, ptr %6, align 4
  %10 = getelementptr inbounds nuw %struct.M16, ptr %2, i32 0, i32 2
  %11 = load i32, ptr %3, align 4
  %12 = add nsw i32 %11, 1
  %13 = trunc i32 %12 to i8
  store i8 %13, ptr %10, align 2
  %14 = getelementptr i8, ptr %2, i64 7
  call void @llvm.memset.p0.i64(ptr align 1 %14, i8 0, i64 1, i1 false)
  %15 = getelementptr inbounds nuw %struct.M16, ptr %2, i32 0, i32 3
  %16 = load i32, ptr %3, align 4
  %17 = sext i32 %16 to i64
  %18 = mul nsw i64 %17, 1000000007
  store i64 %18, ptr %15, align 8
  %19 = load { i64, i64 }, ptr %2, align 8
  ret { i64, i64 } %19
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @m16_sum(i64 %0, i64 %1) #0 {
  %3 = alloca %struct.M16, align 8
  %4 = getelementptr inbounds nuw { i64, i64 }, ptr %3, i32 0, i32 0
  store i64 %0, ptr %4, align 8
  %5 = getelementptr inbounds nuw { i64, i64 }, ptr %3, i32 0, i32 1
  store i64 %1, ptr %5, align 8
  %6 = getelementptr inbounds nuw %struct.M16, ptr %3, i32 0, i32 0
  %7 = load i32, ptr %6, align 8
  %8 = getelementptr inbounds nuw %struct.M16, ptr %3, i32 0, i32 1
  %9 = load i16, ptr %8, align 4
  %10 = sext i16 %9 to i32
  %11 = add nsw i32 %7, %10
  %12 = getelementptr inbounds nuw %struct.M16, ptr %3, i32 0, i32 2
  %13 = load i8, ptr %12, align 2
  %14 = sext i8 %13 to i32
  %15 = add nsw i32 %11, %14
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds nuw %struct.M16, ptr %3, i32 0, i32 3
  %18 = load i64, ptr %17, align 8
  %19 = add nsw i64 %16, %18
  ret i64 %19
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @p8_scale(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = load ptr, ptr %3, align 8
  %7 = getelementptr inbounds nuw %struct.P8, ptr %6, i32 0, i32 0
  %8 = load i32, ptr %7, align 4
  %9 = mul nsw i32 %8, %5
  store i32 %9, ptr %7, align 4
  %10 = load i32, ptr %4, align 4
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds nuw %struct.P8, ptr %11, i32 0, i32 1
  %13 = load i32, ptr %12, align 4
  %14 = mul nsw i32 %13, %10
  store i32 %14, ptr %12, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.P8, align 4
  %3 = alloca %struct.P8, align 4
  %4 = alloca %struct.P8, align 4
  %5 = alloca %struct.P16, align 8
  %6 = alloca %struct.P16, align 8
  %7 = alloca %struct.C4, align 1
  %8 = alloca %struct.C4, align 1
  %9 = alloca %struct.S12, align 4
  %10 = alloca i32, align 4
  %11 = alloca %struct.S12, align 4
  %12 = alloca { i64, i32 }, align 4
  %13 = alloca { i64, i32 }, align 8
  %14 = alloca %struct.M16, align 8
  %15 = alloca [4 x %struct.P8], align 16
  %16 = alloca i32, align 4
  %17 = alloca %struct.P8, align 4
  %18 = alloca i32, align 4
  %19 = alloca %struct.P8, align 4
  %20 = alloca %struct.P8, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 @__const.main.a, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 4 @__const.main.b, i64 8, i1 false)
  %21 = load i64, ptr %2, align 4
  %22 = load i64, ptr %3, align 4
  %23 = call i64 @p8_add(i64 %21, i64 %22)
  store i64 %23, ptr %4, align 4
  %24 = getelementptr inbounds nuw %struct.P8, ptr %4, i32 0, i32 0
  %25 = load i32, ptr %24, align 4
  %26 = getelementptr inbounds nuw %struct.P8, ptr %4, i32 0, i32 1
  %27 = load i32, ptr %26, align 4
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %25, i32 noundef %27)
  call void @p8_scale(ptr noundef %4, i32 noundef -3)
  %29 = getelementptr inbounds nuw %struct.P8, ptr %4, i32 0, i32 0
  %30 = load i32, ptr %29, align 4
  %31 = getelementptr inbounds nuw %struct.P8, ptr %4, i32 0, i32 1
  %32 = load i32, ptr %31, align 4
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %30, i32 noundef %32)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 @__const.main.p, i64 16, i1 false)
  %34 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  %35 = load i64, ptr %34, align 8
  %36 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  %37 = load i64, ptr %36, align 8
  %38 = call { i64, i64 } @p16_mul(i64 %35, i64 %37, i64 noundef 3)
  %39 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  %40 = extractvalue { i64, i64 } %38, 0
  store i64 %40, ptr %39, align 8
  %41 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  %42 = extractvalue { i64, i64 } %38, 1
  store i64 %42, ptr %41, align 8
  %43 = getelementptr inbounds nuw %struct.P16, ptr %6, i32 0, i32 0
  %44 = load i64, ptr %43, align 8
  %45 = getelementptr inbounds nuw %struct.P16, ptr %6, i32 0, i32 1
  %46 = load i64, ptr %45, align 8
  %47 = getelementptr inbounds nuw %struct.P16, ptr %5, i32 0, i32 0
  %48 = load i64, ptr %47, align 8
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %44, i64 noundef %46, i64 noundef %48)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %7, ptr align 1 @__const.main.w, i64 4, i1 false)
  %50 = load i32, ptr %7, align 1
  %51 = call i32 @c4_rev(i32 %50)
  store i32 %51, ptr %8, align 1
  %52 = getelementptr inbounds nuw %struct.C4, ptr %8, i32 0, i32 0
  %53 = load i8, ptr %52, align 1
  %54 = sext i8 %53 to i32
  %55 = getelementptr inbounds nuw %struct.C4, ptr %8, i32 0, i32 1
  %56 = load i8, ptr %55, align 1
  %57 = sext i8 %56 to i32
  %58 = getelementptr inbounds nuw %struct.C4, ptr %8, i32 0, i32 2
  %59 = load i8, ptr %58, align 1
  %60 = sext i8 %59 to i32
  %61 = getelementptr inbounds nuw %struct.C4, ptr %8, i32 0, i32 3
  %62 = load i8, ptr %61, align 1
  %63 = sext i8 %62 to i32
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %54, i32 noundef %57, i32 noundef %60, i32 noundef %63)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %9, ptr align 4 @__const.main.s, i64 12, i1 false)
  store i32 0, ptr %10, align 4
  br label %65

65:                                               ; preds = %81, %0
  %66 = load i32, ptr %10, align 4
  %67 = icmp slt i32 %66, 4
  br i1 %67, label %68, label %84

68:                                               ; preds = %65
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %12, ptr align 4 %9, i64 12, i1 false)
  %69 = getelementptr inbounds nuw { i64, i32 }, ptr %12, i32 0, i32 0
  %70 = load i64, ptr %69, align 4
  %71 = getelementptr inbounds nuw { i64, i32 }, ptr %12, i32 0, i32 1
  %72 = load i32, ptr %71, align 4
  %73 = call { i64, i32 } @s12_rot(i64 %70, i32 %72)
  store { i64, i32 } %73, ptr %13, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %11, ptr align 8 %13, i64 12, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %9, ptr align 4 %11, i64 12, i1 false)
  %74 = getelementptr inbounds nuw %struct.S12, ptr %9, i32 0, i32 0
  %75 = load i32, ptr %74, align 4
  %76 = getelementptr inbounds nuw %struct.S12, ptr %9, i32 0, i32 1
  %77 = load i32, ptr %76, align 4
  %78 = getelementptr inbounds nuw %struct.S12, ptr %9, i32 0, i32 2
  %79 = load i32, ptr %78, align 4
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %75, i32 noundef %77, i32 noundef %79)
  br label %81

81:                                               ; preds = %68
  %82 = load i32, ptr %10, align 4
  %83 = add nsw i32 %82, 1
  store i32 %83, ptr %10, align 4
  br label %65, !llvm.loop !6

84:                                               ; preds = %65
  %85 = call { i64, i64 } @m16_make(i32 noundef 41)
  %86 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 0
  %87 = extractvalue { i64, i64 } %85, 0
  store i64 %87, ptr %86, align 8
  %88 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 1
  %89 = extractvalue { i64, i64 } %85, 1
  store i64 %89, ptr %88, align 8
  %90 = getelementptr inbounds nuw %struct.M16, ptr %14, i32 0, i32 0
  %91 = load i32, ptr %90, align 8
  %92 = getelementptr inbounds nuw %struct.M16, ptr %14, i32 0, i32 1
  %93 = load i16, ptr %92, align 4
  %94 = sext i16 %93 to i32
  %95 = getelementptr inbounds nuw %struct.M16, ptr %14, i32 0, i32 2
  %96 = load i8, ptr %95, align 2
  %97 = sext i8 %96 to i32
  %98 = getelementptr inbounds nuw %struct.M16, ptr %14, i32 0, i32 3
  %99 = load i64, ptr %98, align 8
  %100 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 0
  %101 = load i64, ptr %100, align 8
  %102 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 1
  %103 = load i64, ptr %102, align 8
  %104 = call i64 @m16_sum(i64 %101, i64 %103)
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %91, i32 noundef %94, i32 noundef %97, i64 noundef %99, i64 noundef %104)
  store i32 0, ptr %16, align 4
  br label %106

106:                                              ; preds = %122, %84
  %107 = load i32, ptr %16, align 4
  %108 = icmp slt i32 %107, 4
  br i1 %108, label %109, label %125

109:                                              ; preds = %106
  %110 = load i32, ptr %16, align 4
  %111 = load i32, ptr %16, align 4
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [4 x %struct.P8], ptr %15, i64 0, i64 %112
  %114 = getelementptr inbounds nuw %struct.P8, ptr %113, i32 0, i32 0
  store i32 %110, ptr %114, align 8
  %115 = load i32, ptr %16, align 4
  %116 = load i32, ptr %16, align 4
  %117 = mul nsw i32 %115, %116
  %118 = load i32, ptr %16, align 4
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds [4 x %struct.P8], ptr %15, i64 0, i64 %119
  %121 = getelementptr inbounds nuw %struct.P8, ptr %120, i32 0, i32 1
  store i32 %117, ptr %121, align 4
  br label %122

122:                                              ; preds = %109
  %123 = load i32, ptr %16, align 4
  %124 = add nsw i32 %123, 1
  store i32 %124, ptr %16, align 4
  br label %106, !llvm.loop !8

125:                                              ; preds = %106
  call void @llvm.memset.p0.i64(ptr align 4 %17, i8 0, i64 8, i1 false)
  store i32 0, ptr %18, align 4
  br label %126

126:                                              ; preds = %136, %125
  %127 = load i32, ptr %18, align 4
  %128 = icmp slt i32 %127, 4
  br i1 %128, label %129, label %139

129:                                              ; preds = %126
  %130 = load i32, ptr %18, align 4
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds [4 x %struct.P8], ptr %15, i64 0, i64 %131
  %133 = load i64, ptr %17, align 4
  %134 = load i64, ptr %132, align 8
  %135 = call i64 @p8_add(i64 %133, i64 %134)
  store i64 %135, ptr %19, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %17, ptr align 4 %19, i64 8, i1 false)
  br label %136

136:                                              ; preds = %129
  %137 = load i32, ptr %18, align 4
  %138 = add nsw i32 %137, 1
  store i32 %138, ptr %18, align 4
  br label %126, !llvm.loop !9

139:                                              ; preds = %126
  %140 = getelementptr inbounds nuw %struct.P8, ptr %17, i32 0, i32 0
  %141 = load i32, ptr %140, align 4
  %142 = getelementptr inbounds nuw %struct.P8, ptr %17, i32 0, i32 1
  %143 = load i32, ptr %142, align 4
  %144 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %141, i32 noundef %143, i32 noundef 8, i32 noundef 16, i32 noundef 12, i32 noundef 16)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %20, ptr align 4 %2, i64 8, i1 false)
  %145 = getelementptr inbounds nuw %struct.P8, ptr %20, i32 0, i32 0
  store i32 99, ptr %145, align 4
  %146 = getelementptr inbounds nuw %struct.P8, ptr %20, i32 0, i32 0
  %147 = load i32, ptr %146, align 4
  %148 = getelementptr inbounds nuw %struct.P8, ptr %2, i32 0, i32 0
  %149 = load i32, ptr %148, align 4
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %147, i32 noundef %149)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
