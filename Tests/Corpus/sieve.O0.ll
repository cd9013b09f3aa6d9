; ModuleID = 'sieve.c'
source_filename = "sieve.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@composite = internal global [10001 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [43 x i8] c"primes <= %d: %d, sum %lld, twin pairs %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"first 25:\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.4 = private unnamed_addr constant [8 x i8] c"last 5:\00", align 1
@.str.5 = private unnamed_addr constant [21 x i8] c"max gap %d after %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca [5 x i32], align 16
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 16 @composite, i8 0, i64 10001, i1 false)
  store i8 1, ptr getelementptr inbounds ([10001 x i8], ptr @composite, i64 0, i64 1), align 1
  store i8 1, ptr @composite, align 16
  store i32 2, ptr %2, align 4
  br label %18

18:                                               ; preds = %46, %0
  %19 = load i32, ptr %2, align 4
  %20 = load i32, ptr %2, align 4
  %21 = mul nsw i32 %19, %20
  %22 = icmp sle i32 %21, 10000
  br i1 %22, label %23, label %49

23:                                               ; preds = %18
  %24 = load i32, ptr %2, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [10001 x i8], ptr @composite, i64 0, i64 %25
  %27 = load i8, ptr %26, align 1
  %28 = icmp ne i8 %27, 0
  br i1 %28, label %45, label %29

29:                                               ; preds = %23
  %30 = load i32, ptr %2, align 4
  %31 = load i32, ptr %2, align 4
  %32 = mul nsw i32 %30, %31
  store i32 %32, ptr %3, align 4
  br label %33

33:                                               ; preds = %40, %29
  %34 = load i32, ptr %3, align 4
  %35 = icmp sle i32 %34, 10000
  br i1 %35, label %36, label %44

36:                                               ; preds = %33
  %37 = load i32, ptr %3, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [10001 x i8], ptr @composite, i64 0, i64 %38
  store i8 1, ptr %39, align 1
  br label %40

40:                                               ; preds = %36
  %41 = load i32, ptr %2, align 4
  %42 = load i32, ptr %3, align 4
  %43 = add nsw i32 %42, %41
  store i32 %43, ptr %3, align 4
  br label %33, !llvm.loop !6

44:                                               ; preds = %33
  br label %45

45:                                               ; preds = %44, %23
  br label %46

46:                                               ; preds = %45
  %47 = load i32, ptr %2, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %2, align 4
  br label %18, !llvm.loop !8

49:                                               ; preds = %18
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i64 0, ptr %6, align 8
  store i32 2, ptr %7, align 4
  br label %50

50:                                               ; preds = %81, %49
  %51 = load i32, ptr %7, align 4
  %52 = icmp sle i32 %51, 10000
  br i1 %52, label %53, label %84

53:                                               ; preds = %50
  %54 = load i32, ptr %7, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [10001 x i8], ptr @composite, i64 0, i64 %55
  %57 = load i8, ptr %56, align 1
  %58 = icmp ne i8 %57, 0
  br i1 %58, label %59, label %60

59:                                               ; preds = %53
  br label %81

60:                                               ; preds = %53
  %61 = load i32, ptr %4, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %4, align 4
  %63 = load i32, ptr %7, align 4
  %64 = sext i32 %63 to i64
  %65 = load i64, ptr %6, align 8
  %66 = add nsw i64 %65, %64
  store i64 %66, ptr %6, align 8
  %67 = load i32, ptr %7, align 4
  %68 = add nsw i32 %67, 2
  %69 = icmp sle i32 %68, 10000
  br i1 %69, label %70, label %80

70:                                               ; preds = %60
  %71 = load i32, ptr %7, align 4
  %72 = add nsw i32 %71, 2
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [10001 x i8], ptr @composite, i64 0, i64 %73
  %75 = load i8, ptr %74, align 1
  %76 = icmp ne i8 %75, 0
  br i1 %76, label %80, label %77

77:                                               ; preds = %70
  %78 = load i32, ptr %5, align 4
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %5, align 4
  br label %80

80:                                               ; preds = %77, %70, %60
  br label %81

81:                                               ; preds = %80, %59
  %82 = load i32, ptr %7, align 4
  %83 = add nsw i32 %82, 1
  store i32 %83, ptr %7, align 4
  br label %50, !llvm.loop !9

84:                                               ; preds = %50
  %85 = load i32, ptr %4, align 4
  %86 = load i64, ptr %6, align 8
  %87 = load i32, ptr %5, align 4
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 10000, i32 noundef %85, i64 noundef %86, i32 noundef %87)
  %89 = call i32 (ptr, ...) @printf(ptr noundef @.str.1)
  store i32 2, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %90

90:                                               ; preds = %105, %84
  %91 = load i32, ptr %9, align 4
  %92 = icmp slt i32 %91, 25
  br i1 %92, label %93, label %108

93:                                               ; preds = %90
  %94 = load i32, ptr %8, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [10001 x i8], ptr @composite, i64 0, i64 %95
  %97 = load i8, ptr %96, align 1
  %98 = icmp ne i8 %97, 0
  br i1 %98, label %104, label %99

99:                                               ; preds = %93
  %100 = load i32, ptr %8, align 4
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %100)
  %102 = load i32, ptr %9, align 4
  %103 = add nsw i32 %102, 1
  store i32 %103, ptr %9, align 4
  br label %104

104:                                              ; preds = %99, %93
  br label %105

105:                                              ; preds = %104
  %106 = load i32, ptr %8, align 4
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %8, align 4
  br label %90, !llvm.loop !10

108:                                              ; preds = %90
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.3)
  %110 = call i32 (ptr, ...) @printf(ptr noundef @.str.4)
  store i32 0, ptr %11, align 4
  store i32 10000, ptr %12, align 4
  br label %111

111:                                              ; preds = %132, %108
  %112 = load i32, ptr %12, align 4
  %113 = icmp sge i32 %112, 2
  br i1 %113, label %114, label %117

114:                                              ; preds = %111
  %115 = load i32, ptr %11, align 4
  %116 = icmp slt i32 %115, 5
  br label %117

117:                                              ; preds = %114, %111
  %118 = phi i1 [ false, %111 ], [ %116, %114 ]
  br i1 %118, label %119, label %135

119:                                              ; preds = %117
  %120 = load i32, ptr %12, align 4
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds [10001 x i8], ptr @composite, i64 0, i64 %121
  %123 = load i8, ptr %122, align 1
  %124 = icmp ne i8 %123, 0
  br i1 %124, label %131, label %125

125:                                              ; preds = %119
  %126 = load i32, ptr %12, align 4
  %127 = load i32, ptr %11, align 4
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %11, align 4
  %129 = sext i32 %127 to i64
  %130 = getelementptr inbounds [5 x i32], ptr %10, i64 0, i64 %129
  store i32 %126, ptr %130, align 4
  br label %131

131:                                              ; preds = %125, %119
  br label %132

132:                                              ; preds = %131
  %133 = load i32, ptr %12, align 4
  %134 = add nsw i32 %133, -1
  store i32 %134, ptr %12, align 4
  br label %111, !llvm.loop !11

135:                                              ; preds = %117
  store i32 4, ptr %13, align 4
  br label %136

136:                                              ; preds = %145, %135
  %137 = load i32, ptr %13, align 4
  %138 = icmp sge i32 %137, 0
  br i1 %138, label %139, label %148

139:                                              ; preds = %136
  %140 = load i32, ptr %13, align 4
  %141 = sext i32 %140 to i64
  %142 = getelementptr inbounds [5 x i32], ptr %10, i64 0, i64 %141
  %143 = load i32, ptr %142, align 4
  %144 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %143)
  br label %145

145:                                              ; preds = %139
  %146 = load i32, ptr %13, align 4
  %147 = add nsw i32 %146, -1
  store i32 %147, ptr %13, align 4
  br label %136, !llvm.loop !12

148:                                              ; preds = %136
  %149 = call i32 (ptr, ...) @printf(ptr noundef @.str.3)
  store i32 0, ptr %14, align 4
  store i32 0, ptr %15, align 4
  store i32 2, ptr %16, align 4
  store i32 3, ptr %17, align 4
  br label %150

150:                                              ; preds = %173, %148
  %151 = load i32, ptr %17, align 4
  %152 = icmp sle i32 %151, 10000
  br i1 %152, label %153, label %176

153:                                              ; preds = %150
  %154 = load i32, ptr %17, align 4
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds [10001 x i8], ptr @composite, i64 0, i64 %155
  %157 = load i8, ptr %156, align 1
  %158 = icmp ne i8 %157, 0
  br i1 %158, label %172, label %159

159:                                              ; preds = %153
  %160 = load i32, ptr %17, align 4
  %161 = load i32, ptr %16, align 4
  %162 = sub nsw i32 %160, %161
  %163 = load i32, ptr %14, align 4
  %164 = icmp sgt i32 %162, %163
  br i1 %164, label %165, label %170

165:                                              ; preds = %159
  %166 = load i32, ptr %17, align 4
  %167 = load i32, ptr %16, align 4
  %168 = sub nsw i32 %166, %167
  store i32 %168, ptr %14, align 4
  %169 = load i32, ptr %16, align 4
  store i32 %169, ptr %15, align 4
  br label %170

170:                                              ; preds = %165, %159
  %171 = load i32, ptr %17, align 4
  store i32 %171, ptr %16, align 4
  br label %172

172:                                              ; preds = %170, %153
  br label %173

173:                                              ; preds = %172
  %174 = load i32, ptr %17, align 4
  %175 = add nsw i32 %174, 1
  store i32 %175, ptr %17, align 4
  br label %150, !llvm.loop !13

176:                                              ; preds = %150
  %177 = load i32, ptr %14, align 4
  %178 = load i32, ptr %15, align 4
  %179 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %177, i32 noundef %178)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
