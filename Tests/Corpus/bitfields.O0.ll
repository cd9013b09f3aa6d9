; ModuleID = 'bitfields.c'
source_filename = "bitfields.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Flags = type { i32 }
%struct.Pixel = type { i16, [2 x i8] }
%struct.Wide = type { i64 }

@.str = private unnamed_addr constant [31 x i8] c"flags: %u %u %u %d %u size=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"after: %u %u %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"count %u\0A\00", align 1
@__const.main.px = private unnamed_addr constant { i8, i8, [2 x i8] } { i8 31, i8 120, [2 x i8] zeroinitializer }, align 4
@.str.3 = private unnamed_addr constant [13 x i8] c"pixel: %04x\0A\00", align 1
@.str.4 = private unnamed_addr constant [21 x i8] c"pixel: %04x size=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [25 x i8] c"wide: %llx %llx size=%d\0A\00", align 1
@__const.main.arr = private unnamed_addr constant [3 x { i8, i8, i8, i8 }] [{ i8, i8, i8, i8 } { i8 53, i8 0, i8 -97, i8 0 }, { i8, i8, i8, i8 } { i8 78, i8 6, i8 15, i8 0 }, { i8, i8, i8, i8 } { i8 -15, i8 -1, i8 48, i8 0 }], align 4
@.str.6 = private unnamed_addr constant [9 x i8] c"sum: %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Flags, align 4
  %3 = alloca i32, align 4
  %4 = alloca %struct.Pixel, align 4
  %5 = alloca %struct.Wide, align 8
  %6 = alloca [3 x %struct.Flags], align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 4 %2, i8 0, i64 4, i1 false)
  %9 = load i32, ptr %2, align 4
  %10 = and i32 %9, -2
  %11 = or i32 %10, 1
  store i32 %11, ptr %2, align 4
  %12 = load i32, ptr %2, align 4
  %13 = and i32 %12, -15
  %14 = or i32 %13, 10
  store i32 %14, ptr %2, align 4
  %15 = load i32, ptr %2, align 4
  %16 = and i32 %15, -65521
  %17 = or i32 %16, 64000
  store i32 %17, ptr %2, align 4
  %18 = load i32, ptr %2, align 4
  %19 = and i32 %18, -2031617
  %20 = or i32 %19, 1507328
  store i32 %20, ptr %2, align 4
  %21 = load i32, ptr %2, align 4
  %22 = and i32 %21, 2097151
  %23 = or i32 %22, -2097152
  store i32 %23, ptr %2, align 4
  %24 = load i32, ptr %2, align 4
  %25 = and i32 %24, 1
  %26 = load i32, ptr %2, align 4
  %27 = lshr i32 %26, 1
  %28 = and i32 %27, 7
  %29 = load i32, ptr %2, align 4
  %30 = lshr i32 %29, 4
  %31 = and i32 %30, 4095
  %32 = load i32, ptr %2, align 4
  %33 = shl i32 %32, 11
  %34 = ashr i32 %33, 27
  %35 = load i32, ptr %2, align 4
  %36 = lshr i32 %35, 21
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %25, i32 noundef %28, i32 noundef %31, i32 noundef %34, i32 noundef %36, i32 noundef 4)
  %38 = load i32, ptr %2, align 4
  %39 = lshr i32 %38, 1
  %40 = and i32 %39, 7
  %41 = add nsw i32 %40, 3
  %42 = load i32, ptr %2, align 4
  %43 = and i32 %41, 7
  %44 = shl i32 %43, 1
  %45 = and i32 %42, -15
  %46 = or i32 %45, %44
  store i32 %46, ptr %2, align 4
  %47 = load i32, ptr %2, align 4
  %48 = lshr i32 %47, 4
  %49 = and i32 %48, 4095
  %50 = add i32 %49, 1
  %51 = load i32, ptr %2, align 4
  %52 = and i32 %50, 4095
  %53 = shl i32 %52, 4
  %54 = and i32 %51, -65521
  %55 = or i32 %54, %53
  store i32 %55, ptr %2, align 4
  %56 = load i32, ptr %2, align 4
  %57 = shl i32 %56, 11
  %58 = ashr i32 %57, 27
  %59 = sub nsw i32 %58, 7
  %60 = load i32, ptr %2, align 4
  %61 = and i32 %59, 31
  %62 = shl i32 %61, 16
  %63 = and i32 %60, -2031617
  %64 = or i32 %63, %62
  store i32 %64, ptr %2, align 4
  %65 = shl i32 %61, 27
  %66 = ashr i32 %65, 27
  %67 = load i32, ptr %2, align 4
  %68 = lshr i32 %67, 1
  %69 = and i32 %68, 7
  %70 = load i32, ptr %2, align 4
  %71 = lshr i32 %70, 4
  %72 = and i32 %71, 4095
  %73 = load i32, ptr %2, align 4
  %74 = shl i32 %73, 11
  %75 = ashr i32 %74, 27
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %69, i32 noundef %72, i32 noundef %75)
  store i32 0, ptr %3, align 4
  br label %77

77:                                               ; preds = %95, %0
  %78 = load i32, ptr %3, align 4
  %79 = icmp slt i32 %78, 5
  br i1 %79, label %80, label %98

80:                                               ; preds = %77
  %81 = load i32, ptr %2, align 4
  %82 = lshr i32 %81, 4
  %83 = and i32 %82, 4095
  %84 = mul nsw i32 %83, 3
  %85 = add nsw i32 %84, 1
  %86 = load i32, ptr %2, align 4
  %87 = and i32 %85, 4095
  %88 = shl i32 %87, 4
  %89 = and i32 %86, -65521
  %90 = or i32 %89, %88
  store i32 %90, ptr %2, align 4
  %91 = load i32, ptr %2, align 4
  %92 = lshr i32 %91, 4
  %93 = and i32 %92, 4095
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %93)
  br label %95

95:                                               ; preds = %80
  %96 = load i32, ptr %3, align 4
  %97 = add nsw i32 %96, 1
  store i32 %97, ptr %3, align 4
  br label %77, !llvm.loop !6

98:                                               ; preds = %77
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 @__const.main.px, i64 4, i1 false)
  %99 = load i32, ptr %4, align 4
  %100 = call i32 @pack_pixel(i32 %99)
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %100)
  %102 = load i16, ptr %4, align 4
  %103 = and i16 %102, -2017
  %104 = or i16 %103, 2016
  store i16 %104, ptr %4, align 4
  %105 = load i16, ptr %4, align 4
  %106 = and i16 %105, 31
  %107 = zext i16 %106 to i32
  %108 = add i32 %107, -1
  %109 = trunc i32 %108 to i16
  %110 = load i16, ptr %4, align 4
  %111 = and i16 %109, 31
  %112 = and i16 %110, -32
  %113 = or i16 %112, %111
  store i16 %113, ptr %4, align 4
  %114 = zext i16 %111 to i32
  %115 = load i32, ptr %4, align 4
  %116 = call i32 @pack_pixel(i32 %115)
  %117 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %116, i32 noundef 4)
  call void @llvm.memset.p0.i64(ptr align 8 %5, i8 0, i64 8, i1 false)
  %118 = load i64, ptr %5, align 8
  %119 = and i64 %118, -1099511627776
  %120 = or i64 %119, 1099511627775
  store i64 %120, ptr %5, align 8
  %121 = load i64, ptr %5, align 8
  %122 = and i64 %121, 1099511627775
  %123 = or i64 %122, -6066930339719151616
  store i64 %123, ptr %5, align 8
  %124 = load i64, ptr %5, align 8
  %125 = and i64 %124, 1099511627775
  %126 = add i64 %125, 2
  %127 = load i64, ptr %5, align 8
  %128 = and i64 %126, 1099511627775
  %129 = and i64 %127, -1099511627776
  %130 = or i64 %129, %128
  store i64 %130, ptr %5, align 8
  %131 = load i64, ptr %5, align 8
  %132 = and i64 %131, 1099511627775
  %133 = load i64, ptr %5, align 8
  %134 = lshr i64 %133, 40
  %135 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %132, i64 noundef %134, i32 noundef 8)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 @__const.main.arr, i64 12, i1 false)
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %136

136:                                              ; preds = %174, %98
  %137 = load i32, ptr %8, align 4
  %138 = icmp slt i32 %137, 3
  br i1 %138, label %139, label %177

139:                                              ; preds = %136
  %140 = load i32, ptr %8, align 4
  %141 = sext i32 %140 to i64
  %142 = getelementptr inbounds [3 x %struct.Flags], ptr %6, i64 0, i64 %141
  %143 = load i32, ptr %142, align 4
  %144 = and i32 %143, 1
  %145 = load i32, ptr %8, align 4
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds [3 x %struct.Flags], ptr %6, i64 0, i64 %146
  %148 = load i32, ptr %147, align 4
  %149 = lshr i32 %148, 1
  %150 = and i32 %149, 7
  %151 = add nsw i32 %144, %150
  %152 = load i32, ptr %8, align 4
  %153 = sext i32 %152 to i64
  %154 = getelementptr inbounds [3 x %struct.Flags], ptr %6, i64 0, i64 %153
  %155 = load i32, ptr %154, align 4
  %156 = lshr i32 %155, 4
  %157 = and i32 %156, 4095
  %158 = add nsw i32 %151, %157
  %159 = load i32, ptr %8, align 4
  %160 = sext i32 %159 to i64
  %161 = getelementptr inbounds [3 x %struct.Flags], ptr %6, i64 0, i64 %160
  %162 = load i32, ptr %161, align 4
  %163 = shl i32 %162, 11
  %164 = ashr i32 %163, 27
  %165 = add nsw i32 %158, %164
  %166 = load i32, ptr %8, align 4
  %167 = sext i32 %166 to i64
  %168 = getelementptr inbounds [3 x %struct.Flags], ptr %6, i64 0, i64 %167
  %169 = load i32, ptr %168, align 4
  %170 = lshr i32 %169, 21
  %171 = add nsw i32 %165, %170
  %172 = load i32, ptr %7, align 4
  %173 = add nsw i32 %172, %171
  store i32 %173, ptr %7, align 4
  br label %174

174:                                              ; preds = %139
  %175 = load i32, ptr %8, align 4
  %176 = add nsw i32 %175, 1
  store i32 %176, ptr %8, align 4
  br label %136, !llvm.loop !8

177:                                              ; preds = %136
  %178 = load i32, ptr %7, align 4
  %179 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %178)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @pack_pixel(i32 %0) #0 {
  %2 = alloca %struct.Pixel, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i16, ptr %2, align 4
  %4 = and i16 %3, 31
  %5 = zext i16 %4 to i32
  %6 = shl i32 %5, 11
  %7 = load i16, ptr %2, align 4
  %8 = lshr i16 %7, 5
  %9 = and i16 %8, 63
  %10 = zext i16 %9 to i32
  %11 = shl i32 %10, 5
  %12 = or i32 %6, %11
  %13 = load i16, ptr %2, align 4
  %14 = lshr i16 %13, 11
  %15 = zext i16 %14 to i32
  %16 = or i32 %12, %15
  ret i32 %16
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
