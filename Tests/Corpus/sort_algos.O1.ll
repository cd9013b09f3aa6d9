; ModuleID = 'sort_algos.c'
source_filename = "sort_algos.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [10 x i8] c"insertion\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"quick\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"merge\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"agree: %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"%g \00", align 1
@rng = internal unnamed_addr global i32 2024, align 4
@.str.6 = private unnamed_addr constant [43 x i8] c"%s: sorted=%d first=%d last=%d check=%llu\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [200 x i32], align 16
  %2 = alloca [200 x i32], align 16
  %3 = alloca [200 x i32], align 16
  %4 = alloca [200 x i32], align 16
  %5 = alloca [10 x double], align 16
  call void @llvm.lifetime.start.p0(i64 800, ptr nonnull %1) #6
  call void @llvm.lifetime.start.p0(i64 800, ptr nonnull %2) #6
  call void @llvm.lifetime.start.p0(i64 800, ptr nonnull %3) #6
  call void @llvm.lifetime.start.p0(i64 800, ptr nonnull %4) #6
  %6 = load i32, ptr @rng, align 4, !tbaa !5
  br label %101

7:                                                ; preds = %101
  store i32 %105, ptr @rng, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %7, %21
  %9 = phi i64 [ %26, %21 ], [ 1, %7 ]
  %10 = getelementptr inbounds nuw i32, ptr %1, i64 %9
  %11 = load i32, ptr %10, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %18, %8
  %13 = phi i64 [ %9, %8 ], [ %14, %18 ]
  %14 = add nsw i64 %13, -1
  %15 = getelementptr inbounds nuw i32, ptr %1, i64 %14
  %16 = load i32, ptr %15, align 4, !tbaa !5
  %17 = icmp sgt i32 %16, %11
  br i1 %17, label %18, label %21

18:                                               ; preds = %12
  %19 = getelementptr inbounds nuw i32, ptr %1, i64 %13
  store i32 %16, ptr %19, align 4, !tbaa !5
  %20 = icmp sgt i64 %13, 1
  br i1 %20, label %12, label %21, !llvm.loop !9

21:                                               ; preds = %18, %12
  %22 = phi i64 [ 0, %18 ], [ %13, %12 ]
  %23 = shl i64 %22, 32
  %24 = ashr exact i64 %23, 30
  %25 = getelementptr inbounds i8, ptr %1, i64 %24
  store i32 %11, ptr %25, align 4, !tbaa !5
  %26 = add nuw nsw i64 %9, 1
  %27 = icmp eq i64 %26, 200
  br i1 %27, label %28, label %8, !llvm.loop !12

28:                                               ; preds = %21
  call fastcc void @quick(ptr noundef %2, i32 noundef 0, i32 noundef 199)
  call fastcc void @merge_sort(ptr noundef %3, ptr noundef %4, i32 noundef 200)
  br label %29

29:                                               ; preds = %44, %28
  %30 = phi i64 [ 0, %28 ], [ %46, %44 ]
  %31 = phi i32 [ 1, %28 ], [ %45, %44 ]
  %32 = phi i64 [ 0, %28 ], [ %37, %44 ]
  %33 = mul i64 %32, 31
  %34 = getelementptr inbounds nuw i32, ptr %1, i64 %30
  %35 = load i32, ptr %34, align 4, !tbaa !5
  %36 = zext i32 %35 to i64
  %37 = add i64 %33, %36
  %38 = icmp eq i64 %30, 0
  br i1 %38, label %44, label %39

39:                                               ; preds = %29
  %40 = getelementptr i8, ptr %34, i64 -4
  %41 = load i32, ptr %40, align 4, !tbaa !5
  %42 = icmp sgt i32 %41, %35
  %43 = select i1 %42, i32 0, i32 %31
  br label %44

44:                                               ; preds = %39, %29
  %45 = phi i32 [ %31, %29 ], [ %43, %39 ]
  %46 = add nuw nsw i64 %30, 1
  %47 = icmp eq i64 %46, 200
  br i1 %47, label %48, label %29, !llvm.loop !13

48:                                               ; preds = %44
  %49 = load i32, ptr %1, align 16, !tbaa !5
  %50 = getelementptr inbounds nuw i8, ptr %1, i64 796
  %51 = load i32, ptr %50, align 4, !tbaa !5
  %52 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str, i32 noundef %45, i32 noundef %49, i32 noundef %51, i64 noundef %37)
  br label %53

53:                                               ; preds = %68, %48
  %54 = phi i64 [ 0, %48 ], [ %70, %68 ]
  %55 = phi i32 [ 1, %48 ], [ %69, %68 ]
  %56 = phi i64 [ 0, %48 ], [ %61, %68 ]
  %57 = mul i64 %56, 31
  %58 = getelementptr inbounds nuw i32, ptr %2, i64 %54
  %59 = load i32, ptr %58, align 4, !tbaa !5
  %60 = zext i32 %59 to i64
  %61 = add i64 %57, %60
  %62 = icmp eq i64 %54, 0
  br i1 %62, label %68, label %63

63:                                               ; preds = %53
  %64 = getelementptr i8, ptr %58, i64 -4
  %65 = load i32, ptr %64, align 4, !tbaa !5
  %66 = icmp sgt i32 %65, %59
  %67 = select i1 %66, i32 0, i32 %55
  br label %68

68:                                               ; preds = %63, %53
  %69 = phi i32 [ %55, %53 ], [ %67, %63 ]
  %70 = add nuw nsw i64 %54, 1
  %71 = icmp eq i64 %70, 200
  br i1 %71, label %72, label %53, !llvm.loop !13

72:                                               ; preds = %68
  %73 = load i32, ptr %2, align 16, !tbaa !5
  %74 = getelementptr inbounds nuw i8, ptr %2, i64 796
  %75 = load i32, ptr %74, align 4, !tbaa !5
  %76 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.1, i32 noundef %69, i32 noundef %73, i32 noundef %75, i64 noundef %61)
  br label %77

77:                                               ; preds = %92, %72
  %78 = phi i64 [ 0, %72 ], [ %94, %92 ]
  %79 = phi i32 [ 1, %72 ], [ %93, %92 ]
  %80 = phi i64 [ 0, %72 ], [ %85, %92 ]
  %81 = mul i64 %80, 31
  %82 = getelementptr inbounds nuw i32, ptr %3, i64 %78
  %83 = load i32, ptr %82, align 4, !tbaa !5
  %84 = zext i32 %83 to i64
  %85 = add i64 %81, %84
  %86 = icmp eq i64 %78, 0
  br i1 %86, label %92, label %87

87:                                               ; preds = %77
  %88 = getelementptr i8, ptr %82, i64 -4
  %89 = load i32, ptr %88, align 4, !tbaa !5
  %90 = icmp sgt i32 %89, %83
  %91 = select i1 %90, i32 0, i32 %79
  br label %92

92:                                               ; preds = %87, %77
  %93 = phi i32 [ %79, %77 ], [ %91, %87 ]
  %94 = add nuw nsw i64 %78, 1
  %95 = icmp eq i64 %94, 200
  br i1 %95, label %96, label %77, !llvm.loop !13

96:                                               ; preds = %92
  %97 = load i32, ptr %3, align 16, !tbaa !5
  %98 = getelementptr inbounds nuw i8, ptr %3, i64 796
  %99 = load i32, ptr %98, align 4, !tbaa !5
  %100 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.2, i32 noundef %93, i32 noundef %97, i32 noundef %99, i64 noundef %85)
  br label %117

101:                                              ; preds = %0, %101
  %102 = phi i64 [ 0, %0 ], [ %112, %101 ]
  %103 = phi i32 [ %6, %0 ], [ %105, %101 ]
  %104 = mul i32 %103, 1103515245
  %105 = add i32 %104, 12345
  %106 = lshr i32 %105, 8
  %107 = urem i32 %106, 1000
  %108 = add nsw i32 %107, -500
  %109 = getelementptr inbounds nuw [200 x i32], ptr %3, i64 0, i64 %102
  store i32 %108, ptr %109, align 4, !tbaa !5
  %110 = getelementptr inbounds nuw [200 x i32], ptr %2, i64 0, i64 %102
  store i32 %108, ptr %110, align 4, !tbaa !5
  %111 = getelementptr inbounds nuw [200 x i32], ptr %1, i64 0, i64 %102
  store i32 %108, ptr %111, align 4, !tbaa !5
  %112 = add nuw nsw i64 %102, 1
  %113 = icmp eq i64 %112, 200
  br i1 %113, label %7, label %101, !llvm.loop !14

114:                                              ; preds = %130
  %115 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %132)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %5) #6
  %116 = load i32, ptr @rng, align 4, !tbaa !5
  br label %159

117:                                              ; preds = %96, %130
  %118 = phi i64 [ 0, %96 ], [ %133, %130 ]
  %119 = phi i32 [ 1, %96 ], [ %132, %130 ]
  %120 = getelementptr inbounds nuw [200 x i32], ptr %1, i64 0, i64 %118
  %121 = load i32, ptr %120, align 4, !tbaa !5
  %122 = getelementptr inbounds nuw [200 x i32], ptr %2, i64 0, i64 %118
  %123 = load i32, ptr %122, align 4, !tbaa !5
  %124 = icmp eq i32 %121, %123
  br i1 %124, label %125, label %130

125:                                              ; preds = %117
  %126 = getelementptr inbounds nuw [200 x i32], ptr %3, i64 0, i64 %118
  %127 = load i32, ptr %126, align 4, !tbaa !5
  %128 = icmp eq i32 %123, %127
  %129 = zext i1 %128 to i32
  br label %130

130:                                              ; preds = %125, %117
  %131 = phi i32 [ 0, %117 ], [ %129, %125 ]
  %132 = and i32 %131, %119
  %133 = add nuw nsw i64 %118, 1
  %134 = icmp eq i64 %133, 200
  br i1 %134, label %114, label %117, !llvm.loop !15

135:                                              ; preds = %159
  store i32 %163, ptr @rng, align 4, !tbaa !5
  br label %140

136:                                              ; preds = %143
  %137 = add nuw nsw i32 %142, 1
  %138 = add nsw i64 %141, -1
  %139 = icmp eq i32 %137, 9
  br i1 %139, label %145, label %140, !llvm.loop !16

140:                                              ; preds = %135, %136
  %141 = phi i64 [ %138, %136 ], [ 9, %135 ]
  %142 = phi i32 [ %137, %136 ], [ 0, %135 ]
  br label %146

143:                                              ; preds = %156
  %144 = icmp eq i32 %157, 0
  br i1 %144, label %145, label %136

145:                                              ; preds = %136, %143
  br label %174

146:                                              ; preds = %156, %140
  %147 = phi i64 [ 0, %140 ], [ %151, %156 ]
  %148 = phi i32 [ 0, %140 ], [ %157, %156 ]
  %149 = getelementptr inbounds nuw double, ptr %5, i64 %147
  %150 = load double, ptr %149, align 8, !tbaa !17
  %151 = add nuw nsw i64 %147, 1
  %152 = getelementptr inbounds nuw double, ptr %5, i64 %151
  %153 = load double, ptr %152, align 8, !tbaa !17
  %154 = fcmp ogt double %150, %153
  br i1 %154, label %155, label %156

155:                                              ; preds = %146
  store double %153, ptr %149, align 8, !tbaa !17
  store double %150, ptr %152, align 8, !tbaa !17
  br label %156

156:                                              ; preds = %155, %146
  %157 = phi i32 [ 1, %155 ], [ %148, %146 ]
  %158 = icmp eq i64 %151, %141
  br i1 %158, label %143, label %146, !llvm.loop !19

159:                                              ; preds = %114, %159
  %160 = phi i64 [ 0, %114 ], [ %170, %159 ]
  %161 = phi i32 [ %116, %114 ], [ %163, %159 ]
  %162 = mul i32 %161, 1103515245
  %163 = add i32 %162, 12345
  %164 = lshr i32 %163, 8
  %165 = urem i32 %164, 1000
  %166 = add nsw i32 %165, -500
  %167 = sitofp i32 %166 to double
  %168 = fmul double %167, 1.250000e-01
  %169 = getelementptr inbounds nuw [10 x double], ptr %5, i64 0, i64 %160
  store double %168, ptr %169, align 8, !tbaa !17
  %170 = add nuw nsw i64 %160, 1
  %171 = icmp eq i64 %170, 10
  br i1 %171, label %135, label %159, !llvm.loop !20

172:                                              ; preds = %174
  %173 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %5) #6
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %4) #6
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %3) #6
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %1) #6
  ret i32 0

174:                                              ; preds = %145, %174
  %175 = phi i64 [ %179, %174 ], [ 0, %145 ]
  %176 = getelementptr inbounds nuw [10 x double], ptr %5, i64 0, i64 %175
  %177 = load double, ptr %176, align 8, !tbaa !17
  %178 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %177)
  %179 = add nuw nsw i64 %175, 1
  %180 = icmp eq i64 %179, 10
  br i1 %180, label %172, label %174, !llvm.loop !21
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @quick(ptr noundef nonnull %0, i32 noundef %1, i32 noundef %2) unnamed_addr #2 {
  br label %4

4:                                                ; preds = %44, %3
  %5 = phi i32 [ %1, %3 ], [ %42, %44 ]
  %6 = icmp slt i32 %5, %2
  br i1 %6, label %7, label %45

7:                                                ; preds = %4
  %8 = add nsw i32 %2, %5
  %9 = sdiv i32 %8, 2
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds i32, ptr %0, i64 %10
  %12 = load i32, ptr %11, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %7, %40
  %14 = phi i32 [ %5, %7 ], [ %42, %40 ]
  %15 = phi i32 [ %2, %7 ], [ %41, %40 ]
  %16 = sext i32 %14 to i64
  br label %17

17:                                               ; preds = %17, %13
  %18 = phi i64 [ %22, %17 ], [ %16, %13 ]
  %19 = getelementptr inbounds i32, ptr %0, i64 %18
  %20 = load i32, ptr %19, align 4, !tbaa !5
  %21 = icmp slt i32 %20, %12
  %22 = add nsw i64 %18, 1
  br i1 %21, label %17, label %23, !llvm.loop !22

23:                                               ; preds = %17
  %24 = sext i32 %15 to i64
  br label %25

25:                                               ; preds = %25, %23
  %26 = phi i64 [ %30, %25 ], [ %24, %23 ]
  %27 = getelementptr inbounds i32, ptr %0, i64 %26
  %28 = load i32, ptr %27, align 4, !tbaa !5
  %29 = icmp sgt i32 %28, %12
  %30 = add nsw i64 %26, -1
  br i1 %29, label %25, label %31, !llvm.loop !23

31:                                               ; preds = %25
  %32 = trunc nsw i64 %18 to i32
  %33 = trunc nsw i64 %26 to i32
  %34 = icmp sgt i64 %18, %26
  br i1 %34, label %40, label %35

35:                                               ; preds = %31
  %36 = getelementptr inbounds i32, ptr %0, i64 %18
  %37 = getelementptr inbounds i32, ptr %0, i64 %26
  store i32 %28, ptr %36, align 4, !tbaa !5
  store i32 %20, ptr %37, align 4, !tbaa !5
  %38 = add nsw i32 %32, 1
  %39 = add nsw i32 %33, -1
  br label %40

40:                                               ; preds = %35, %31
  %41 = phi i32 [ %39, %35 ], [ %33, %31 ]
  %42 = phi i32 [ %38, %35 ], [ %32, %31 ]
  %43 = icmp sgt i32 %42, %41
  br i1 %43, label %44, label %13, !llvm.loop !24

44:                                               ; preds = %40
  tail call fastcc void @quick(ptr noundef %0, i32 noundef %5, i32 noundef %41)
  br label %4

45:                                               ; preds = %4
  ret void
}

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @merge_sort(ptr noundef nonnull %0, ptr noundef nonnull %1, i32 noundef range(i32 -98, 201) %2) unnamed_addr #2 {
  %4 = icmp slt i32 %2, 2
  br i1 %4, label %73, label %5

5:                                                ; preds = %3
  %6 = lshr i32 %2, 1
  tail call fastcc void @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %6)
  %7 = zext nneg i32 %6 to i64
  %8 = getelementptr inbounds nuw i32, ptr %0, i64 %7
  %9 = sub nsw i32 %2, %6
  tail call fastcc void @merge_sort(ptr noundef %8, ptr noundef %1, i32 noundef %9)
  br label %16

10:                                               ; preds = %16
  %11 = icmp samesign ult i32 %28, %6
  br i1 %11, label %12, label %38

12:                                               ; preds = %10
  %13 = and i64 %33, 4294967295
  %14 = zext nneg i32 %28 to i64
  %15 = zext nneg i32 %6 to i64
  br label %45

16:                                               ; preds = %5, %16
  %17 = phi i64 [ 0, %5 ], [ %33, %16 ]
  %18 = phi i32 [ %6, %5 ], [ %31, %16 ]
  %19 = phi i32 [ 0, %5 ], [ %28, %16 ]
  %20 = zext nneg i32 %19 to i64
  %21 = getelementptr inbounds nuw i32, ptr %0, i64 %20
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = zext nneg i32 %18 to i64
  %24 = getelementptr inbounds nuw i32, ptr %0, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = icmp sle i32 %22, %25
  %27 = zext i1 %26 to i32
  %28 = add nuw nsw i32 %19, %27
  %29 = xor i1 %26, true
  %30 = zext i1 %29 to i32
  %31 = add nuw nsw i32 %18, %30
  %32 = tail call i32 @llvm.smin.i32(i32 %22, i32 %25)
  %33 = add nuw nsw i64 %17, 1
  %34 = getelementptr inbounds nuw i32, ptr %1, i64 %17
  store i32 %32, ptr %34, align 4, !tbaa !5
  %35 = icmp samesign ult i32 %28, %6
  %36 = icmp slt i32 %31, %2
  %37 = select i1 %35, i1 %36, i1 false
  br i1 %37, label %16, label %10, !llvm.loop !25

38:                                               ; preds = %45, %10
  %39 = phi i64 [ %33, %10 ], [ %51, %45 ]
  %40 = icmp slt i32 %31, %2
  br i1 %40, label %41, label %54

41:                                               ; preds = %38
  %42 = and i64 %39, 4294967295
  %43 = zext nneg i32 %31 to i64
  %44 = zext nneg i32 %2 to i64
  br label %57

45:                                               ; preds = %12, %45
  %46 = phi i64 [ %14, %12 ], [ %48, %45 ]
  %47 = phi i64 [ %13, %12 ], [ %51, %45 ]
  %48 = add nuw nsw i64 %46, 1
  %49 = getelementptr inbounds nuw i32, ptr %0, i64 %46
  %50 = load i32, ptr %49, align 4, !tbaa !5
  %51 = add nuw nsw i64 %47, 1
  %52 = getelementptr inbounds nuw i32, ptr %1, i64 %47
  store i32 %50, ptr %52, align 4, !tbaa !5
  %53 = icmp eq i64 %48, %15
  br i1 %53, label %38, label %45, !llvm.loop !26

54:                                               ; preds = %57, %38
  %55 = tail call i32 @llvm.smax.i32(i32 %2, i32 1)
  %56 = zext nneg i32 %55 to i64
  br label %66

57:                                               ; preds = %41, %57
  %58 = phi i64 [ %43, %41 ], [ %60, %57 ]
  %59 = phi i64 [ %42, %41 ], [ %63, %57 ]
  %60 = add nuw nsw i64 %58, 1
  %61 = getelementptr inbounds nuw i32, ptr %0, i64 %58
  %62 = load i32, ptr %61, align 4, !tbaa !5
  %63 = add nuw nsw i64 %59, 1
  %64 = getelementptr inbounds nuw i32, ptr %1, i64 %59
  store i32 %62, ptr %64, align 4, !tbaa !5
  %65 = icmp eq i64 %60, %44
  br i1 %65, label %54, label %57, !llvm.loop !27

66:                                               ; preds = %54, %66
  %67 = phi i64 [ 0, %54 ], [ %71, %66 ]
  %68 = getelementptr inbounds nuw i32, ptr %1, i64 %67
  %69 = load i32, ptr %68, align 4, !tbaa !5
  %70 = getelementptr inbounds nuw i32, ptr %0, i64 %67
  store i32 %69, ptr %70, align 4, !tbaa !5
  %71 = add nuw nsw i64 %67, 1
  %72 = icmp eq i64 %71, %56
  br i1 %72, label %73, label %66, !llvm.loop !28

73:                                               ; preds = %66, %3
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
!13 = distinct !{!13, !10, !11}
!14 = distinct !{!14, !10, !11}
!15 = distinct !{!15, !10, !11}
!16 = distinct !{!16, !10, !11}
!17 = !{!18, !18, i64 0}
!18 = !{!"double", !7, i64 0}
!19 = distinct !{!19, !10, !11}
!20 = distinct !{!20, !10, !11}
!21 = distinct !{!21, !10, !11}
!22 = distinct !{!22, !10, !11}
!23 = distinct !{!23, !10, !11}
!24 = distinct !{!24, !10, !11}
!25 = distinct !{!25, !10, !11}
!26 = distinct !{!26, !10, !11}
!27 = distinct !{!27, !10, !11}
!28 = distinct !{!28, !10, !11}
