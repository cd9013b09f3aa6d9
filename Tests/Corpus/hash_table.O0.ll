; ModuleID = 'hash_table.c'
source_filename = "hash_table.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Table = type { [64 x %struct.Entry], i32 }
%struct.Entry = type { [16 x i8], i32, i32 }

@.str = private unnamed_addr constant [6 x i8] c"alpha\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"beta\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"gamma\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"delta\00", align 1
@.str.4 = private unnamed_addr constant [8 x i8] c"epsilon\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"zeta\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"eta\00", align 1
@__const.main.words = private unnamed_addr constant [10 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str, ptr @.str.4, ptr @.str.1, ptr @.str, ptr @.str.5, ptr @.str.6], align 16
@.str.7 = private unnamed_addr constant [46 x i8] c"count=%d alpha=%d beta=%d zeta=%d missing=%d\0A\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"omega\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"nothing\00", align 1
@.str.10 = private unnamed_addr constant [41 x i8] c"after delete: count=%d beta=%d gamma=%d\0A\00", align 1
@.str.11 = private unnamed_addr constant [27 x i8] c"count=%d total=%lld b1=%d\0A\00", align 1
@.str.12 = private unnamed_addr constant [3 x i8] c"b1\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca [10 x ptr], align 16
  %4 = alloca i32, align 4
  %5 = alloca [16 x i8], align 16
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %9 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 1540) #6
  store ptr %9, ptr %2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.words, i64 80, i1 false)
  store i32 0, ptr %4, align 4
  br label %10

10:                                               ; preds = %26, %0
  %11 = load i32, ptr %4, align 4
  %12 = icmp slt i32 %11, 10
  br i1 %12, label %13, label %29

13:                                               ; preds = %10
  %14 = load ptr, ptr %2, align 8
  %15 = load i32, ptr %4, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [10 x ptr], ptr %3, i64 0, i64 %16
  %18 = load ptr, ptr %17, align 8
  %19 = load ptr, ptr %2, align 8
  %20 = load i32, ptr %4, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [10 x ptr], ptr %3, i64 0, i64 %21
  %23 = load ptr, ptr %22, align 8
  %24 = call i32 @get(ptr noundef %19, ptr noundef %23, i32 noundef 0)
  %25 = add nsw i32 %24, 1
  call void @put(ptr noundef %14, ptr noundef %18, i32 noundef %25)
  br label %26

26:                                               ; preds = %13
  %27 = load i32, ptr %4, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %4, align 4
  br label %10, !llvm.loop !6

29:                                               ; preds = %10
  %30 = load ptr, ptr %2, align 8
  %31 = getelementptr inbounds nuw %struct.Table, ptr %30, i32 0, i32 1
  %32 = load i32, ptr %31, align 4
  %33 = load ptr, ptr %2, align 8
  %34 = call i32 @get(ptr noundef %33, ptr noundef @.str, i32 noundef 0)
  %35 = load ptr, ptr %2, align 8
  %36 = call i32 @get(ptr noundef %35, ptr noundef @.str.1, i32 noundef 0)
  %37 = load ptr, ptr %2, align 8
  %38 = call i32 @get(ptr noundef %37, ptr noundef @.str.5, i32 noundef 0)
  %39 = load ptr, ptr %2, align 8
  %40 = call i32 @get(ptr noundef %39, ptr noundef @.str.8, i32 noundef -1)
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %32, i32 noundef %34, i32 noundef %36, i32 noundef %38, i32 noundef %40)
  %42 = load ptr, ptr %2, align 8
  call void @del(ptr noundef %42, ptr noundef @.str.1)
  %43 = load ptr, ptr %2, align 8
  call void @del(ptr noundef %43, ptr noundef @.str.9)
  %44 = load ptr, ptr %2, align 8
  %45 = getelementptr inbounds nuw %struct.Table, ptr %44, i32 0, i32 1
  %46 = load i32, ptr %45, align 4
  %47 = load ptr, ptr %2, align 8
  %48 = call i32 @get(ptr noundef %47, ptr noundef @.str.1, i32 noundef -1)
  %49 = load ptr, ptr %2, align 8
  %50 = call i32 @get(ptr noundef %49, ptr noundef @.str.2, i32 noundef -1)
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %46, i32 noundef %48, i32 noundef %50)
  store i32 0, ptr %6, align 4
  br label %52

52:                                               ; preds = %72, %29
  %53 = load i32, ptr %6, align 4
  %54 = icmp slt i32 %53, 40
  br i1 %54, label %55, label %75

55:                                               ; preds = %52
  %56 = load i32, ptr %6, align 4
  %57 = srem i32 %56, 26
  %58 = add nsw i32 97, %57
  %59 = trunc i32 %58 to i8
  %60 = getelementptr inbounds [16 x i8], ptr %5, i64 0, i64 0
  store i8 %59, ptr %60, align 16
  %61 = load i32, ptr %6, align 4
  %62 = sdiv i32 %61, 26
  %63 = add nsw i32 48, %62
  %64 = trunc i32 %63 to i8
  %65 = getelementptr inbounds [16 x i8], ptr %5, i64 0, i64 1
  store i8 %64, ptr %65, align 1
  %66 = getelementptr inbounds [16 x i8], ptr %5, i64 0, i64 2
  store i8 0, ptr %66, align 2
  %67 = load ptr, ptr %2, align 8
  %68 = getelementptr inbounds [16 x i8], ptr %5, i64 0, i64 0
  %69 = load i32, ptr %6, align 4
  %70 = load i32, ptr %6, align 4
  %71 = mul nsw i32 %69, %70
  call void @put(ptr noundef %67, ptr noundef %68, i32 noundef %71)
  br label %72

72:                                               ; preds = %55
  %73 = load i32, ptr %6, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %6, align 4
  br label %52, !llvm.loop !8

75:                                               ; preds = %52
  store i64 0, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %76

76:                                               ; preds = %100, %75
  %77 = load i32, ptr %8, align 4
  %78 = icmp slt i32 %77, 64
  br i1 %78, label %79, label %103

79:                                               ; preds = %76
  %80 = load ptr, ptr %2, align 8
  %81 = getelementptr inbounds nuw %struct.Table, ptr %80, i32 0, i32 0
  %82 = load i32, ptr %8, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [64 x %struct.Entry], ptr %81, i64 0, i64 %83
  %85 = getelementptr inbounds nuw %struct.Entry, ptr %84, i32 0, i32 2
  %86 = load i32, ptr %85, align 4
  %87 = icmp eq i32 %86, 1
  br i1 %87, label %88, label %99

88:                                               ; preds = %79
  %89 = load ptr, ptr %2, align 8
  %90 = getelementptr inbounds nuw %struct.Table, ptr %89, i32 0, i32 0
  %91 = load i32, ptr %8, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [64 x %struct.Entry], ptr %90, i64 0, i64 %92
  %94 = getelementptr inbounds nuw %struct.Entry, ptr %93, i32 0, i32 1
  %95 = load i32, ptr %94, align 4
  %96 = sext i32 %95 to i64
  %97 = load i64, ptr %7, align 8
  %98 = add nsw i64 %97, %96
  store i64 %98, ptr %7, align 8
  br label %99

99:                                               ; preds = %88, %79
  br label %100

100:                                              ; preds = %99
  %101 = load i32, ptr %8, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %8, align 4
  br label %76, !llvm.loop !9

103:                                              ; preds = %76
  %104 = load ptr, ptr %2, align 8
  %105 = getelementptr inbounds nuw %struct.Table, ptr %104, i32 0, i32 1
  %106 = load i32, ptr %105, align 4
  %107 = load i64, ptr %7, align 8
  %108 = load ptr, ptr %2, align 8
  %109 = call i32 @get(ptr noundef %108, ptr noundef @.str.12, i32 noundef -1)
  %110 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %106, i64 noundef %107, i32 noundef %109)
  %111 = load ptr, ptr %2, align 8
  call void @free(ptr noundef %111) #7
  ret i32 0
}

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @put(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %8 = load ptr, ptr %4, align 8
  %9 = load ptr, ptr %5, align 8
  %10 = call ptr @lookup(ptr noundef %8, ptr noundef %9, i32 noundef 1)
  store ptr %10, ptr %7, align 8
  %11 = load ptr, ptr %7, align 8
  %12 = getelementptr inbounds nuw %struct.Entry, ptr %11, i32 0, i32 2
  %13 = load i32, ptr %12, align 4
  %14 = icmp ne i32 %13, 1
  br i1 %14, label %15, label %27

15:                                               ; preds = %3
  %16 = load ptr, ptr %7, align 8
  %17 = getelementptr inbounds nuw %struct.Entry, ptr %16, i32 0, i32 0
  %18 = getelementptr inbounds [16 x i8], ptr %17, i64 0, i64 0
  %19 = load ptr, ptr %5, align 8
  %20 = call ptr @strcpy(ptr noundef %18, ptr noundef %19) #7
  %21 = load ptr, ptr %7, align 8
  %22 = getelementptr inbounds nuw %struct.Entry, ptr %21, i32 0, i32 2
  store i32 1, ptr %22, align 4
  %23 = load ptr, ptr %4, align 8
  %24 = getelementptr inbounds nuw %struct.Table, ptr %23, i32 0, i32 1
  %25 = load i32, ptr %24, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %24, align 4
  br label %27

27:                                               ; preds = %15, %3
  %28 = load i32, ptr %6, align 4
  %29 = load ptr, ptr %7, align 8
  %30 = getelementptr inbounds nuw %struct.Entry, ptr %29, i32 0, i32 1
  store i32 %28, ptr %30, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @get(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %8 = load ptr, ptr %4, align 8
  %9 = load ptr, ptr %5, align 8
  %10 = call ptr @lookup(ptr noundef %8, ptr noundef %9, i32 noundef 0)
  store ptr %10, ptr %7, align 8
  %11 = load ptr, ptr %7, align 8
  %12 = icmp ne ptr %11, null
  br i1 %12, label %13, label %17

13:                                               ; preds = %3
  %14 = load ptr, ptr %7, align 8
  %15 = getelementptr inbounds nuw %struct.Entry, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %15, align 4
  br label %19

17:                                               ; preds = %3
  %18 = load i32, ptr %6, align 4
  br label %19

19:                                               ; preds = %17, %13
  %20 = phi i32 [ %16, %13 ], [ %18, %17 ]
  ret i32 %20
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal void @del(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = call ptr @lookup(ptr noundef %6, ptr noundef %7, i32 noundef 0)
  store ptr %8, ptr %5, align 8
  %9 = load ptr, ptr %5, align 8
  %10 = icmp ne ptr %9, null
  br i1 %10, label %11, label %18

11:                                               ; preds = %2
  %12 = load ptr, ptr %5, align 8
  %13 = getelementptr inbounds nuw %struct.Entry, ptr %12, i32 0, i32 2
  store i32 2, ptr %13, align 4
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds nuw %struct.Table, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %15, align 4
  %17 = add nsw i32 %16, -1
  store i32 %17, ptr %15, align 4
  br label %18

18:                                               ; preds = %11, %2
  ret void
}

; Function Attrs: nounwind
declare void @free(ptr noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @lookup(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  %12 = load ptr, ptr %6, align 8
  %13 = call i32 @hash(ptr noundef %12)
  %14 = urem i32 %13, 64
  store i32 %14, ptr %8, align 4
  store ptr null, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %15

15:                                               ; preds = %64, %3
  %16 = load i32, ptr %10, align 4
  %17 = icmp slt i32 %16, 64
  br i1 %17, label %18, label %70

18:                                               ; preds = %15
  %19 = load ptr, ptr %5, align 8
  %20 = getelementptr inbounds nuw %struct.Table, ptr %19, i32 0, i32 0
  %21 = load i32, ptr %8, align 4
  %22 = zext i32 %21 to i64
  %23 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %20, i64 0, i64 %22
  store ptr %23, ptr %11, align 8
  %24 = load ptr, ptr %11, align 8
  %25 = getelementptr inbounds nuw %struct.Entry, ptr %24, i32 0, i32 2
  %26 = load i32, ptr %25, align 4
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %28, label %43

28:                                               ; preds = %18
  %29 = load i32, ptr %7, align 4
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %31, label %40

31:                                               ; preds = %28
  %32 = load ptr, ptr %9, align 8
  %33 = icmp ne ptr %32, null
  br i1 %33, label %34, label %36

34:                                               ; preds = %31
  %35 = load ptr, ptr %9, align 8
  br label %38

36:                                               ; preds = %31
  %37 = load ptr, ptr %11, align 8
  br label %38

38:                                               ; preds = %36, %34
  %39 = phi ptr [ %35, %34 ], [ %37, %36 ]
  br label %41

40:                                               ; preds = %28
  br label %41

41:                                               ; preds = %40, %38
  %42 = phi ptr [ %39, %38 ], [ null, %40 ]
  store ptr %42, ptr %4, align 8
  br label %78

43:                                               ; preds = %18
  %44 = load ptr, ptr %11, align 8
  %45 = getelementptr inbounds nuw %struct.Entry, ptr %44, i32 0, i32 2
  %46 = load i32, ptr %45, align 4
  %47 = icmp eq i32 %46, 2
  br i1 %47, label %48, label %54

48:                                               ; preds = %43
  %49 = load ptr, ptr %9, align 8
  %50 = icmp ne ptr %49, null
  br i1 %50, label %53, label %51

51:                                               ; preds = %48
  %52 = load ptr, ptr %11, align 8
  store ptr %52, ptr %9, align 8
  br label %53

53:                                               ; preds = %51, %48
  br label %64

54:                                               ; preds = %43
  %55 = load ptr, ptr %11, align 8
  %56 = getelementptr inbounds nuw %struct.Entry, ptr %55, i32 0, i32 0
  %57 = getelementptr inbounds [16 x i8], ptr %56, i64 0, i64 0
  %58 = load ptr, ptr %6, align 8
  %59 = call i32 @strcmp(ptr noundef %57, ptr noundef %58) #8
  %60 = icmp eq i32 %59, 0
  br i1 %60, label %61, label %63

61:                                               ; preds = %54
  %62 = load ptr, ptr %11, align 8
  store ptr %62, ptr %4, align 8
  br label %78

63:                                               ; preds = %54
  br label %64

64:                                               ; preds = %63, %53
  %65 = load i32, ptr %10, align 4
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %10, align 4
  %67 = load i32, ptr %8, align 4
  %68 = add i32 %67, 1
  %69 = urem i32 %68, 64
  store i32 %69, ptr %8, align 4
  br label %15, !llvm.loop !10

70:                                               ; preds = %15
  %71 = load i32, ptr %7, align 4
  %72 = icmp ne i32 %71, 0
  br i1 %72, label %73, label %75

73:                                               ; preds = %70
  %74 = load ptr, ptr %9, align 8
  br label %76

75:                                               ; preds = %70
  br label %76

76:                                               ; preds = %75, %73
  %77 = phi ptr [ %74, %73 ], [ null, %75 ]
  store ptr %77, ptr %4, align 8
  br label %78

78:                                               ; preds = %76, %61, %41
  %79 = load ptr, ptr %4, align 8
  ret ptr %79
}

; Function Attrs: nounwind
declare ptr @strcpy(ptr noundef, ptr noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @hash(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store i32 -2128831035, ptr %3, align 4
  br label %4

4:                                                ; preds = %8, %1
  %5 = load ptr, ptr %2, align 8
  %6 = load i8, ptr %5, align 1
  %7 = icmp ne i8 %6, 0
  br i1 %7, label %8, label %17

8:                                                ; preds = %4
  %9 = load ptr, ptr %2, align 8
  %10 = getelementptr inbounds nuw i8, ptr %9, i32 1
  store ptr %10, ptr %2, align 8
  %11 = load i8, ptr %9, align 1
  %12 = zext i8 %11 to i32
  %13 = load i32, ptr %3, align 4
  %14 = xor i32 %13, %12
  store i32 %14, ptr %3, align 4
  %15 = load i32, ptr %3, align 4
  %16 = mul i32 %15, 16777619
  store i32 %16, ptr %3, align 4
  br label %4, !llvm.loop !11

17:                                               ; preds = %4
  %18 = load i32, ptr %3, align 4
  ret i32 %18
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind allocsize(0,1) }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(read) }

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
