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
  br label %209

7:                                                ; preds = %209
  store i32 %213, ptr @rng, align 4, !tbaa !5
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
  br i1 %27, label %28, label %8, !llvm.loop !11

28:                                               ; preds = %21
  call fastcc void @quick(ptr noundef %2, i32 noundef 0, i32 noundef 199)
  call fastcc void @merge_sort(ptr noundef %3, ptr noundef %4, i32 noundef 200)
  %29 = load i32, ptr %1, align 16, !tbaa !5
  %30 = zext i32 %29 to i64
  br label %31

31:                                               ; preds = %46, %28
  %32 = phi i64 [ 1, %28 ], [ %54, %46 ]
  %33 = phi i32 [ 1, %28 ], [ %53, %46 ]
  %34 = phi i64 [ %30, %28 ], [ %51, %46 ]
  %35 = mul i64 %34, 31
  %36 = getelementptr inbounds nuw i32, ptr %1, i64 %32
  %37 = load i32, ptr %36, align 4, !tbaa !5
  %38 = zext i32 %37 to i64
  %39 = add i64 %35, %38
  %40 = getelementptr i8, ptr %36, i64 -4
  %41 = load i32, ptr %40, align 4, !tbaa !5
  %42 = icmp sgt i32 %41, %37
  %43 = select i1 %42, i32 0, i32 %33
  %44 = add nuw nsw i64 %32, 1
  %45 = icmp eq i64 %44, 200
  br i1 %45, label %55, label %46, !llvm.loop !12

46:                                               ; preds = %31
  %47 = mul i64 %39, 31
  %48 = getelementptr inbounds nuw i32, ptr %1, i64 %44
  %49 = load i32, ptr %48, align 4, !tbaa !5
  %50 = zext i32 %49 to i64
  %51 = add i64 %47, %50
  %52 = icmp sgt i32 %37, %49
  %53 = select i1 %52, i32 0, i32 %43
  %54 = add nuw nsw i64 %32, 2
  br label %31

55:                                               ; preds = %31
  %56 = getelementptr inbounds nuw i8, ptr %1, i64 796
  %57 = load i32, ptr %56, align 4, !tbaa !5
  %58 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str, i32 noundef %43, i32 noundef %29, i32 noundef %57, i64 noundef %39)
  %59 = load i32, ptr %2, align 16, !tbaa !5
  %60 = zext i32 %59 to i64
  br label %61

61:                                               ; preds = %76, %55
  %62 = phi i64 [ 1, %55 ], [ %84, %76 ]
  %63 = phi i32 [ 1, %55 ], [ %83, %76 ]
  %64 = phi i64 [ %60, %55 ], [ %81, %76 ]
  %65 = mul i64 %64, 31
  %66 = getelementptr inbounds nuw i32, ptr %2, i64 %62
  %67 = load i32, ptr %66, align 4, !tbaa !5
  %68 = zext i32 %67 to i64
  %69 = add i64 %65, %68
  %70 = getelementptr i8, ptr %66, i64 -4
  %71 = load i32, ptr %70, align 4, !tbaa !5
  %72 = icmp sgt i32 %71, %67
  %73 = select i1 %72, i32 0, i32 %63
  %74 = add nuw nsw i64 %62, 1
  %75 = icmp eq i64 %74, 200
  br i1 %75, label %85, label %76, !llvm.loop !12

76:                                               ; preds = %61
  %77 = mul i64 %69, 31
  %78 = getelementptr inbounds nuw i32, ptr %2, i64 %74
  %79 = load i32, ptr %78, align 4, !tbaa !5
  %80 = zext i32 %79 to i64
  %81 = add i64 %77, %80
  %82 = icmp sgt i32 %67, %79
  %83 = select i1 %82, i32 0, i32 %73
  %84 = add nuw nsw i64 %62, 2
  br label %61

85:                                               ; preds = %61
  %86 = getelementptr inbounds nuw i8, ptr %2, i64 796
  %87 = load i32, ptr %86, align 4, !tbaa !5
  %88 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.1, i32 noundef %73, i32 noundef %59, i32 noundef %87, i64 noundef %69)
  %89 = load i32, ptr %3, align 16, !tbaa !5
  %90 = zext i32 %89 to i64
  br label %91

91:                                               ; preds = %106, %85
  %92 = phi i64 [ 1, %85 ], [ %114, %106 ]
  %93 = phi i32 [ 1, %85 ], [ %113, %106 ]
  %94 = phi i64 [ %90, %85 ], [ %111, %106 ]
  %95 = mul i64 %94, 31
  %96 = getelementptr inbounds nuw i32, ptr %3, i64 %92
  %97 = load i32, ptr %96, align 4, !tbaa !5
  %98 = zext i32 %97 to i64
  %99 = add i64 %95, %98
  %100 = getelementptr i8, ptr %96, i64 -4
  %101 = load i32, ptr %100, align 4, !tbaa !5
  %102 = icmp sgt i32 %101, %97
  %103 = select i1 %102, i32 0, i32 %93
  %104 = add nuw nsw i64 %92, 1
  %105 = icmp eq i64 %104, 200
  br i1 %105, label %115, label %106, !llvm.loop !12

106:                                              ; preds = %91
  %107 = mul i64 %99, 31
  %108 = getelementptr inbounds nuw i32, ptr %3, i64 %104
  %109 = load i32, ptr %108, align 4, !tbaa !5
  %110 = zext i32 %109 to i64
  %111 = add i64 %107, %110
  %112 = icmp sgt i32 %97, %109
  %113 = select i1 %112, i32 0, i32 %103
  %114 = add nuw nsw i64 %92, 2
  br label %91

115:                                              ; preds = %91
  %116 = getelementptr inbounds nuw i8, ptr %3, i64 796
  %117 = load i32, ptr %116, align 4, !tbaa !5
  %118 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.2, i32 noundef %103, i32 noundef %89, i32 noundef %117, i64 noundef %99)
  br label %119

119:                                              ; preds = %119, %115
  %120 = phi i64 [ 0, %115 ], [ %143, %119 ]
  %121 = phi <4 x i32> [ splat (i32 1), %115 ], [ %141, %119 ]
  %122 = phi <4 x i32> [ splat (i32 1), %115 ], [ %142, %119 ]
  %123 = getelementptr inbounds nuw [200 x i32], ptr %1, i64 0, i64 %120
  %124 = getelementptr inbounds nuw i8, ptr %123, i64 16
  %125 = load <4 x i32>, ptr %123, align 16, !tbaa !5
  %126 = load <4 x i32>, ptr %124, align 16, !tbaa !5
  %127 = getelementptr inbounds nuw [200 x i32], ptr %2, i64 0, i64 %120
  %128 = getelementptr inbounds nuw i8, ptr %127, i64 16
  %129 = load <4 x i32>, ptr %127, align 16, !tbaa !5
  %130 = load <4 x i32>, ptr %128, align 16, !tbaa !5
  %131 = icmp eq <4 x i32> %125, %129
  %132 = icmp eq <4 x i32> %126, %130
  %133 = getelementptr [200 x i32], ptr %3, i64 0, i64 %120
  %134 = getelementptr i8, ptr %133, i64 16
  %135 = load <4 x i32>, ptr %133, align 16, !tbaa !5
  %136 = load <4 x i32>, ptr %134, align 16, !tbaa !5
  %137 = icmp eq <4 x i32> %125, %135
  %138 = icmp eq <4 x i32> %126, %136
  %139 = select <4 x i1> %131, <4 x i1> %137, <4 x i1> zeroinitializer
  %140 = select <4 x i1> %132, <4 x i1> %138, <4 x i1> zeroinitializer
  %141 = select <4 x i1> %139, <4 x i32> %121, <4 x i32> zeroinitializer
  %142 = select <4 x i1> %140, <4 x i32> %122, <4 x i32> zeroinitializer
  %143 = add nuw i64 %120, 8
  %144 = icmp eq i64 %143, 200
  br i1 %144, label %145, label %119, !llvm.loop !14

145:                                              ; preds = %119
  %146 = and <4 x i32> %142, %141
  %147 = call i32 @llvm.vector.reduce.and.v4i32(<4 x i32> %146)
  %148 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %147)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %5) #6
  %149 = load i32, ptr @rng, align 4, !tbaa !5
  %150 = mul i32 %149, 1103515245
  %151 = add i32 %150, 12345
  %152 = mul i32 %151, 1103515245
  %153 = add i32 %152, 12345
  %154 = insertelement <2 x i32> poison, i32 %151, i64 0
  %155 = insertelement <2 x i32> %154, i32 %153, i64 1
  %156 = lshr <2 x i32> %155, splat (i32 8)
  %157 = urem <2 x i32> %156, splat (i32 1000)
  %158 = add nsw <2 x i32> %157, splat (i32 -500)
  %159 = sitofp <2 x i32> %158 to <2 x double>
  %160 = fmul <2 x double> %159, splat (double 1.250000e-01)
  store <2 x double> %160, ptr %5, align 16, !tbaa !17
  %161 = mul i32 %153, 1103515245
  %162 = getelementptr inbounds nuw i8, ptr %5, i64 16
  %163 = add i32 %161, 12345
  %164 = mul i32 %163, 1103515245
  %165 = add i32 %164, 12345
  %166 = insertelement <2 x i32> poison, i32 %163, i64 0
  %167 = insertelement <2 x i32> %166, i32 %165, i64 1
  %168 = lshr <2 x i32> %167, splat (i32 8)
  %169 = urem <2 x i32> %168, splat (i32 1000)
  %170 = add nsw <2 x i32> %169, splat (i32 -500)
  %171 = sitofp <2 x i32> %170 to <2 x double>
  %172 = fmul <2 x double> %171, splat (double 1.250000e-01)
  store <2 x double> %172, ptr %162, align 16, !tbaa !17
  %173 = mul i32 %165, 1103515245
  %174 = getelementptr inbounds nuw i8, ptr %5, i64 32
  %175 = add i32 %173, 12345
  %176 = mul i32 %175, 1103515245
  %177 = add i32 %176, 12345
  %178 = insertelement <2 x i32> poison, i32 %175, i64 0
  %179 = insertelement <2 x i32> %178, i32 %177, i64 1
  %180 = lshr <2 x i32> %179, splat (i32 8)
  %181 = urem <2 x i32> %180, splat (i32 1000)
  %182 = add nsw <2 x i32> %181, splat (i32 -500)
  %183 = sitofp <2 x i32> %182 to <2 x double>
  %184 = fmul <2 x double> %183, splat (double 1.250000e-01)
  store <2 x double> %184, ptr %174, align 16, !tbaa !17
  %185 = mul i32 %177, 1103515245
  %186 = getelementptr inbounds nuw i8, ptr %5, i64 48
  %187 = add i32 %185, 12345
  %188 = mul i32 %187, 1103515245
  %189 = add i32 %188, 12345
  %190 = insertelement <2 x i32> poison, i32 %187, i64 0
  %191 = insertelement <2 x i32> %190, i32 %189, i64 1
  %192 = lshr <2 x i32> %191, splat (i32 8)
  %193 = urem <2 x i32> %192, splat (i32 1000)
  %194 = add nsw <2 x i32> %193, splat (i32 -500)
  %195 = sitofp <2 x i32> %194 to <2 x double>
  %196 = fmul <2 x double> %195, splat (double 1.250000e-01)
  store <2 x double> %196, ptr %186, align 16, !tbaa !17
  %197 = mul i32 %189, 1103515245
  %198 = getelementptr inbounds nuw i8, ptr %5, i64 64
  %199 = add i32 %197, 12345
  %200 = mul i32 %199, 1103515245
  %201 = add i32 %200, 12345
  %202 = insertelement <2 x i32> poison, i32 %199, i64 0
  %203 = insertelement <2 x i32> %202, i32 %201, i64 1
  %204 = lshr <2 x i32> %203, splat (i32 8)
  %205 = urem <2 x i32> %204, splat (i32 1000)
  %206 = add nsw <2 x i32> %205, splat (i32 -500)
  %207 = sitofp <2 x i32> %206 to <2 x double>
  %208 = fmul <2 x double> %207, splat (double 1.250000e-01)
  store <2 x double> %208, ptr %198, align 16, !tbaa !17
  store i32 %201, ptr @rng, align 4, !tbaa !5
  br label %226

209:                                              ; preds = %0, %209
  %210 = phi i64 [ 0, %0 ], [ %220, %209 ]
  %211 = phi i32 [ %6, %0 ], [ %213, %209 ]
  %212 = mul i32 %211, 1103515245
  %213 = add i32 %212, 12345
  %214 = lshr i32 %213, 8
  %215 = urem i32 %214, 1000
  %216 = add nsw i32 %215, -500
  %217 = getelementptr inbounds nuw [200 x i32], ptr %3, i64 0, i64 %210
  store i32 %216, ptr %217, align 4, !tbaa !5
  %218 = getelementptr inbounds nuw [200 x i32], ptr %2, i64 0, i64 %210
  store i32 %216, ptr %218, align 4, !tbaa !5
  %219 = getelementptr inbounds nuw [200 x i32], ptr %1, i64 0, i64 %210
  store i32 %216, ptr %219, align 4, !tbaa !5
  %220 = add nuw nsw i64 %210, 1
  %221 = icmp eq i64 %220, 200
  br i1 %221, label %7, label %209, !llvm.loop !19

222:                                              ; preds = %238, %253, %230
  %223 = add nuw nsw i32 %228, 1
  %224 = add nsw i64 %227, -1
  %225 = icmp eq i32 %223, 9
  br i1 %225, label %260, label %226, !llvm.loop !20

226:                                              ; preds = %145, %222
  %227 = phi i64 [ %224, %222 ], [ 9, %145 ]
  %228 = phi i32 [ %223, %222 ], [ 0, %145 ]
  %229 = load double, ptr %5, align 16, !tbaa !17
  br label %240

230:                                              ; preds = %236
  br i1 %243, label %260, label %222

231:                                              ; preds = %253
  %232 = add nuw nsw i64 %256, 1
  %233 = getelementptr inbounds nuw double, ptr %5, i64 %232
  %234 = load double, ptr %233, align 8, !tbaa !17
  %235 = fcmp ogt double %245, %234
  br i1 %235, label %253, label %238, !llvm.loop !21

236:                                              ; preds = %244
  %237 = icmp eq i64 %247, %227
  br i1 %237, label %230, label %244, !llvm.loop !21

238:                                              ; preds = %231
  %239 = icmp eq i64 %232, %227
  br i1 %239, label %222, label %240, !llvm.loop !21

240:                                              ; preds = %238, %226
  %241 = phi double [ %234, %238 ], [ %229, %226 ]
  %242 = phi i64 [ %232, %238 ], [ 0, %226 ]
  %243 = phi i1 [ false, %238 ], [ true, %226 ]
  br label %244

244:                                              ; preds = %240, %236
  %245 = phi double [ %249, %236 ], [ %241, %240 ]
  %246 = phi i64 [ %247, %236 ], [ %242, %240 ]
  %247 = add nuw nsw i64 %246, 1
  %248 = getelementptr inbounds nuw double, ptr %5, i64 %247
  %249 = load double, ptr %248, align 8, !tbaa !17
  %250 = fcmp ogt double %245, %249
  br i1 %250, label %251, label %236

251:                                              ; preds = %244
  %252 = getelementptr inbounds nuw double, ptr %5, i64 %247
  br label %253

253:                                              ; preds = %251, %231
  %254 = phi double [ %234, %231 ], [ %249, %251 ]
  %255 = phi ptr [ %233, %231 ], [ %252, %251 ]
  %256 = phi i64 [ %232, %231 ], [ %247, %251 ]
  %257 = phi i64 [ %256, %231 ], [ %246, %251 ]
  %258 = getelementptr inbounds nuw double, ptr %5, i64 %257
  store double %254, ptr %258, align 8, !tbaa !17
  store double %245, ptr %255, align 8, !tbaa !17
  %259 = icmp eq i64 %256, %227
  br i1 %259, label %222, label %231, !llvm.loop !21

260:                                              ; preds = %222, %230
  %261 = getelementptr inbounds nuw i8, ptr %5, i64 72
  %262 = getelementptr inbounds nuw i8, ptr %5, i64 56
  %263 = getelementptr inbounds nuw i8, ptr %5, i64 40
  %264 = getelementptr inbounds nuw i8, ptr %5, i64 24
  %265 = getelementptr inbounds nuw i8, ptr %5, i64 8
  %266 = load double, ptr %5, align 16, !tbaa !17
  %267 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %266)
  %268 = load double, ptr %265, align 8, !tbaa !17
  %269 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %268)
  %270 = load double, ptr %162, align 16, !tbaa !17
  %271 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %270)
  %272 = load double, ptr %264, align 8, !tbaa !17
  %273 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %272)
  %274 = load double, ptr %174, align 16, !tbaa !17
  %275 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %274)
  %276 = load double, ptr %263, align 8, !tbaa !17
  %277 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %276)
  %278 = load double, ptr %186, align 16, !tbaa !17
  %279 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %278)
  %280 = load double, ptr %262, align 8, !tbaa !17
  %281 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %280)
  %282 = load double, ptr %198, align 16, !tbaa !17
  %283 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %282)
  %284 = load double, ptr %261, align 8, !tbaa !17
  %285 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %284)
  %286 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %5) #6
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %4) #6
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %3) #6
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %1) #6
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @quick(ptr noundef nonnull captures(none) %0, i32 noundef %1, i32 noundef %2) unnamed_addr #2 {
  %4 = icmp slt i32 %1, %2
  br i1 %4, label %5, label %45

5:                                                ; preds = %3, %43
  %6 = phi i32 [ %41, %43 ], [ %1, %3 ]
  %7 = add nsw i32 %6, %2
  %8 = sdiv i32 %7, 2
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds i32, ptr %0, i64 %9
  %11 = load i32, ptr %10, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %5, %39
  %13 = phi i32 [ %6, %5 ], [ %41, %39 ]
  %14 = phi i32 [ %2, %5 ], [ %40, %39 ]
  %15 = sext i32 %13 to i64
  br label %16

16:                                               ; preds = %16, %12
  %17 = phi i64 [ %21, %16 ], [ %15, %12 ]
  %18 = getelementptr inbounds i32, ptr %0, i64 %17
  %19 = load i32, ptr %18, align 4, !tbaa !5
  %20 = icmp slt i32 %19, %11
  %21 = add nsw i64 %17, 1
  br i1 %20, label %16, label %22, !llvm.loop !22

22:                                               ; preds = %16
  %23 = getelementptr inbounds i32, ptr %0, i64 %17
  %24 = sext i32 %14 to i64
  br label %25

25:                                               ; preds = %25, %22
  %26 = phi i64 [ %30, %25 ], [ %24, %22 ]
  %27 = getelementptr inbounds i32, ptr %0, i64 %26
  %28 = load i32, ptr %27, align 4, !tbaa !5
  %29 = icmp sgt i32 %28, %11
  %30 = add nsw i64 %26, -1
  br i1 %29, label %25, label %31, !llvm.loop !23

31:                                               ; preds = %25
  %32 = trunc nsw i64 %17 to i32
  %33 = trunc nsw i64 %26 to i32
  %34 = icmp sgt i64 %17, %26
  br i1 %34, label %39, label %35

35:                                               ; preds = %31
  %36 = getelementptr inbounds i32, ptr %0, i64 %26
  store i32 %28, ptr %23, align 4, !tbaa !5
  store i32 %19, ptr %36, align 4, !tbaa !5
  %37 = add nsw i32 %32, 1
  %38 = add nsw i32 %33, -1
  br label %39

39:                                               ; preds = %35, %31
  %40 = phi i32 [ %38, %35 ], [ %33, %31 ]
  %41 = phi i32 [ %37, %35 ], [ %32, %31 ]
  %42 = icmp sgt i32 %41, %40
  br i1 %42, label %43, label %12, !llvm.loop !24

43:                                               ; preds = %39
  tail call fastcc void @quick(ptr noundef %0, i32 noundef %6, i32 noundef %40)
  %44 = icmp slt i32 %41, %2
  br i1 %44, label %5, label %45

45:                                               ; preds = %43, %3
  ret void
}

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @merge_sort(ptr noundef nonnull %0, ptr noundef nonnull %1, i32 noundef range(i32 -98, 201) %2) unnamed_addr #2 {
  %4 = ptrtoint ptr %0 to i64
  %5 = ptrtoint ptr %1 to i64
  %6 = icmp slt i32 %2, 2
  br i1 %6, label %255, label %7

7:                                                ; preds = %3
  %8 = lshr i32 %2, 1
  tail call fastcc void @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %8)
  %9 = zext nneg i32 %8 to i64
  %10 = getelementptr inbounds nuw i32, ptr %0, i64 %9
  %11 = sub nsw i32 %2, %8
  tail call fastcc void @merge_sort(ptr noundef %10, ptr noundef %1, i32 noundef %11)
  br label %78

12:                                               ; preds = %78
  %13 = icmp samesign ult i32 %90, %8
  br i1 %13, label %14, label %100

14:                                               ; preds = %12
  %15 = and i64 %95, 4294967295
  %16 = zext nneg i32 %90 to i64
  %17 = zext nneg i32 %8 to i64
  %18 = zext nneg i32 %81 to i64
  %19 = sub nsw i64 %17, %18
  %20 = sext i1 %88 to i64
  %21 = add nsw i64 %19, %20
  %22 = icmp ult i64 %21, 12
  br i1 %22, label %48, label %23

23:                                               ; preds = %14
  %24 = shl nuw nsw i64 %15, 2
  %25 = shl nuw nsw i64 %16, 2
  %26 = add i64 %24, %5
  %27 = add i64 %25, %4
  %28 = sub i64 %26, %27
  %29 = icmp ult i64 %28, 32
  br i1 %29, label %48, label %30

30:                                               ; preds = %23
  %31 = and i64 %21, -8
  %32 = add nsw i64 %31, %16
  %33 = add nsw i64 %15, %31
  %34 = getelementptr i32, ptr %0, i64 %16
  %35 = getelementptr i32, ptr %1, i64 %15
  br label %36

36:                                               ; preds = %36, %30
  %37 = phi i64 [ 0, %30 ], [ %44, %36 ]
  %38 = getelementptr i32, ptr %34, i64 %37
  %39 = getelementptr inbounds nuw i8, ptr %38, i64 16
  %40 = load <4 x i32>, ptr %38, align 4, !tbaa !5
  %41 = load <4 x i32>, ptr %39, align 4, !tbaa !5
  %42 = getelementptr i32, ptr %35, i64 %37
  %43 = getelementptr inbounds nuw i8, ptr %42, i64 16
  store <4 x i32> %40, ptr %42, align 4, !tbaa !5
  store <4 x i32> %41, ptr %43, align 4, !tbaa !5
  %44 = add nuw i64 %37, 8
  %45 = icmp eq i64 %44, %31
  br i1 %45, label %46, label %36, !llvm.loop !25

46:                                               ; preds = %36
  %47 = icmp eq i64 %21, %31
  br i1 %47, label %100, label %48

48:                                               ; preds = %23, %14, %46
  %49 = phi i64 [ %16, %23 ], [ %16, %14 ], [ %32, %46 ]
  %50 = phi i64 [ %15, %23 ], [ %15, %14 ], [ %33, %46 ]
  %51 = sub nsw i64 %17, %49
  %52 = and i64 %51, 3
  %53 = icmp eq i64 %52, 0
  br i1 %53, label %65, label %54

54:                                               ; preds = %48, %54
  %55 = phi i64 [ %58, %54 ], [ %49, %48 ]
  %56 = phi i64 [ %61, %54 ], [ %50, %48 ]
  %57 = phi i64 [ %63, %54 ], [ 0, %48 ]
  %58 = add nuw nsw i64 %55, 1
  %59 = getelementptr inbounds nuw i32, ptr %0, i64 %55
  %60 = load i32, ptr %59, align 4, !tbaa !5
  %61 = add nuw nsw i64 %56, 1
  %62 = getelementptr inbounds nuw i32, ptr %1, i64 %56
  store i32 %60, ptr %62, align 4, !tbaa !5
  %63 = add i64 %57, 1
  %64 = icmp eq i64 %63, %52
  br i1 %64, label %65, label %54, !llvm.loop !26

65:                                               ; preds = %54, %48
  %66 = phi i64 [ poison, %48 ], [ %61, %54 ]
  %67 = phi i64 [ %49, %48 ], [ %58, %54 ]
  %68 = phi i64 [ %50, %48 ], [ %61, %54 ]
  %69 = sub nsw i64 %49, %17
  %70 = icmp ugt i64 %69, -4
  br i1 %70, label %100, label %71

71:                                               ; preds = %65
  %72 = getelementptr i8, ptr %0, i64 4
  %73 = getelementptr i8, ptr %1, i64 4
  %74 = getelementptr i8, ptr %0, i64 8
  %75 = getelementptr i8, ptr %1, i64 8
  %76 = getelementptr i8, ptr %0, i64 12
  %77 = getelementptr i8, ptr %1, i64 12
  br label %163

78:                                               ; preds = %7, %78
  %79 = phi i64 [ 0, %7 ], [ %95, %78 ]
  %80 = phi i32 [ %8, %7 ], [ %93, %78 ]
  %81 = phi i32 [ 0, %7 ], [ %90, %78 ]
  %82 = zext nneg i32 %81 to i64
  %83 = getelementptr inbounds nuw i32, ptr %0, i64 %82
  %84 = load i32, ptr %83, align 4, !tbaa !5
  %85 = zext nneg i32 %80 to i64
  %86 = getelementptr inbounds nuw i32, ptr %0, i64 %85
  %87 = load i32, ptr %86, align 4, !tbaa !5
  %88 = icmp sle i32 %84, %87
  %89 = zext i1 %88 to i32
  %90 = add nuw nsw i32 %81, %89
  %91 = xor i1 %88, true
  %92 = zext i1 %91 to i32
  %93 = add i32 %80, %92
  %94 = tail call i32 @llvm.smin.i32(i32 %84, i32 %87)
  %95 = add nuw i64 %79, 1
  %96 = getelementptr inbounds nuw i32, ptr %1, i64 %79
  store i32 %94, ptr %96, align 4, !tbaa !5
  %97 = icmp samesign ult i32 %90, %8
  %98 = icmp slt i32 %93, %2
  %99 = and i1 %97, %98
  br i1 %99, label %78, label %12, !llvm.loop !28

100:                                              ; preds = %65, %163, %46, %12
  %101 = phi i64 [ %95, %12 ], [ %33, %46 ], [ %66, %65 ], [ %178, %163 ]
  %102 = icmp slt i32 %93, %2
  br i1 %102, label %103, label %181

103:                                              ; preds = %100
  %104 = and i64 %101, 4294967295
  %105 = zext i32 %93 to i64
  %106 = zext nneg i32 %2 to i64
  %107 = sub nsw i64 %106, %105
  %108 = icmp ult i64 %107, 12
  br i1 %108, label %134, label %109

109:                                              ; preds = %103
  %110 = shl nuw nsw i64 %104, 2
  %111 = add i64 %110, %5
  %112 = shl nuw nsw i64 %105, 2
  %113 = add i64 %112, %4
  %114 = sub i64 %111, %113
  %115 = icmp ult i64 %114, 32
  br i1 %115, label %134, label %116

116:                                              ; preds = %109
  %117 = and i64 %107, -8
  %118 = add nsw i64 %117, %105
  %119 = add nsw i64 %104, %117
  %120 = getelementptr i32, ptr %0, i64 %105
  %121 = getelementptr i32, ptr %1, i64 %104
  br label %122

122:                                              ; preds = %122, %116
  %123 = phi i64 [ 0, %116 ], [ %130, %122 ]
  %124 = getelementptr i32, ptr %120, i64 %123
  %125 = getelementptr inbounds nuw i8, ptr %124, i64 16
  %126 = load <4 x i32>, ptr %124, align 4, !tbaa !5
  %127 = load <4 x i32>, ptr %125, align 4, !tbaa !5
  %128 = getelementptr i32, ptr %121, i64 %123
  %129 = getelementptr inbounds nuw i8, ptr %128, i64 16
  store <4 x i32> %126, ptr %128, align 4, !tbaa !5
  store <4 x i32> %127, ptr %129, align 4, !tbaa !5
  %130 = add nuw i64 %123, 8
  %131 = icmp eq i64 %130, %117
  br i1 %131, label %132, label %122, !llvm.loop !29

132:                                              ; preds = %122
  %133 = icmp eq i64 %107, %117
  br i1 %133, label %181, label %134

134:                                              ; preds = %109, %103, %132
  %135 = phi i64 [ %105, %109 ], [ %105, %103 ], [ %118, %132 ]
  %136 = phi i64 [ %104, %109 ], [ %104, %103 ], [ %119, %132 ]
  %137 = sub nsw i64 %106, %135
  %138 = and i64 %137, 3
  %139 = icmp eq i64 %138, 0
  br i1 %139, label %151, label %140

140:                                              ; preds = %134, %140
  %141 = phi i64 [ %144, %140 ], [ %135, %134 ]
  %142 = phi i64 [ %147, %140 ], [ %136, %134 ]
  %143 = phi i64 [ %149, %140 ], [ 0, %134 ]
  %144 = add nuw nsw i64 %141, 1
  %145 = getelementptr inbounds nuw i32, ptr %0, i64 %141
  %146 = load i32, ptr %145, align 4, !tbaa !5
  %147 = add nuw nsw i64 %142, 1
  %148 = getelementptr inbounds nuw i32, ptr %1, i64 %142
  store i32 %146, ptr %148, align 4, !tbaa !5
  %149 = add i64 %143, 1
  %150 = icmp eq i64 %149, %138
  br i1 %150, label %151, label %140, !llvm.loop !30

151:                                              ; preds = %140, %134
  %152 = phi i64 [ %135, %134 ], [ %144, %140 ]
  %153 = phi i64 [ %136, %134 ], [ %147, %140 ]
  %154 = sub nsw i64 %135, %106
  %155 = icmp ugt i64 %154, -4
  br i1 %155, label %181, label %156

156:                                              ; preds = %151
  %157 = getelementptr i8, ptr %0, i64 4
  %158 = getelementptr i8, ptr %1, i64 4
  %159 = getelementptr i8, ptr %0, i64 8
  %160 = getelementptr i8, ptr %1, i64 8
  %161 = getelementptr i8, ptr %0, i64 12
  %162 = getelementptr i8, ptr %1, i64 12
  br label %218

163:                                              ; preds = %163, %71
  %164 = phi i64 [ %67, %71 ], [ %175, %163 ]
  %165 = phi i64 [ %68, %71 ], [ %178, %163 ]
  %166 = getelementptr inbounds nuw i32, ptr %0, i64 %164
  %167 = load i32, ptr %166, align 4, !tbaa !5
  %168 = getelementptr inbounds nuw i32, ptr %1, i64 %165
  store i32 %167, ptr %168, align 4, !tbaa !5
  %169 = getelementptr i32, ptr %72, i64 %164
  %170 = load i32, ptr %169, align 4, !tbaa !5
  %171 = getelementptr i32, ptr %73, i64 %165
  store i32 %170, ptr %171, align 4, !tbaa !5
  %172 = getelementptr i32, ptr %74, i64 %164
  %173 = load i32, ptr %172, align 4, !tbaa !5
  %174 = getelementptr i32, ptr %75, i64 %165
  store i32 %173, ptr %174, align 4, !tbaa !5
  %175 = add nuw nsw i64 %164, 4
  %176 = getelementptr i32, ptr %76, i64 %164
  %177 = load i32, ptr %176, align 4, !tbaa !5
  %178 = add nuw nsw i64 %165, 4
  %179 = getelementptr i32, ptr %77, i64 %165
  store i32 %177, ptr %179, align 4, !tbaa !5
  %180 = icmp eq i64 %175, %17
  br i1 %180, label %100, label %163, !llvm.loop !31

181:                                              ; preds = %151, %218, %132, %100
  %182 = zext nneg i32 %2 to i64
  %183 = icmp ult i32 %2, 8
  %184 = sub i64 %4, %5
  %185 = icmp ult i64 %184, 32
  %186 = or i1 %183, %185
  br i1 %186, label %201, label %187

187:                                              ; preds = %181
  %188 = and i64 %182, 2147483640
  br label %189

189:                                              ; preds = %189, %187
  %190 = phi i64 [ 0, %187 ], [ %197, %189 ]
  %191 = getelementptr inbounds nuw i32, ptr %1, i64 %190
  %192 = getelementptr inbounds nuw i8, ptr %191, i64 16
  %193 = load <4 x i32>, ptr %191, align 4, !tbaa !5
  %194 = load <4 x i32>, ptr %192, align 4, !tbaa !5
  %195 = getelementptr inbounds nuw i32, ptr %0, i64 %190
  %196 = getelementptr inbounds nuw i8, ptr %195, i64 16
  store <4 x i32> %193, ptr %195, align 4, !tbaa !5
  store <4 x i32> %194, ptr %196, align 4, !tbaa !5
  %197 = add nuw i64 %190, 8
  %198 = icmp eq i64 %197, %188
  br i1 %198, label %199, label %189, !llvm.loop !32

199:                                              ; preds = %189
  %200 = icmp eq i64 %188, %182
  br i1 %200, label %255, label %201

201:                                              ; preds = %181, %199
  %202 = phi i64 [ 0, %181 ], [ %188, %199 ]
  %203 = and i64 %182, 3
  %204 = icmp eq i64 %203, 0
  br i1 %204, label %214, label %205

205:                                              ; preds = %201, %205
  %206 = phi i64 [ %211, %205 ], [ %202, %201 ]
  %207 = phi i64 [ %212, %205 ], [ 0, %201 ]
  %208 = getelementptr inbounds nuw i32, ptr %1, i64 %206
  %209 = load i32, ptr %208, align 4, !tbaa !5
  %210 = getelementptr inbounds nuw i32, ptr %0, i64 %206
  store i32 %209, ptr %210, align 4, !tbaa !5
  %211 = add nuw nsw i64 %206, 1
  %212 = add i64 %207, 1
  %213 = icmp eq i64 %212, %203
  br i1 %213, label %214, label %205, !llvm.loop !33

214:                                              ; preds = %205, %201
  %215 = phi i64 [ %202, %201 ], [ %211, %205 ]
  %216 = sub nsw i64 %202, %182
  %217 = icmp ugt i64 %216, -4
  br i1 %217, label %255, label %236

218:                                              ; preds = %218, %156
  %219 = phi i64 [ %152, %156 ], [ %230, %218 ]
  %220 = phi i64 [ %153, %156 ], [ %233, %218 ]
  %221 = getelementptr inbounds nuw i32, ptr %0, i64 %219
  %222 = load i32, ptr %221, align 4, !tbaa !5
  %223 = getelementptr inbounds nuw i32, ptr %1, i64 %220
  store i32 %222, ptr %223, align 4, !tbaa !5
  %224 = getelementptr i32, ptr %157, i64 %219
  %225 = load i32, ptr %224, align 4, !tbaa !5
  %226 = getelementptr i32, ptr %158, i64 %220
  store i32 %225, ptr %226, align 4, !tbaa !5
  %227 = getelementptr i32, ptr %159, i64 %219
  %228 = load i32, ptr %227, align 4, !tbaa !5
  %229 = getelementptr i32, ptr %160, i64 %220
  store i32 %228, ptr %229, align 4, !tbaa !5
  %230 = add nuw nsw i64 %219, 4
  %231 = getelementptr i32, ptr %161, i64 %219
  %232 = load i32, ptr %231, align 4, !tbaa !5
  %233 = add nuw nsw i64 %220, 4
  %234 = getelementptr i32, ptr %162, i64 %220
  store i32 %232, ptr %234, align 4, !tbaa !5
  %235 = icmp eq i64 %230, %106
  br i1 %235, label %181, label %218, !llvm.loop !34

236:                                              ; preds = %214, %236
  %237 = phi i64 [ %253, %236 ], [ %215, %214 ]
  %238 = getelementptr inbounds nuw i32, ptr %1, i64 %237
  %239 = load i32, ptr %238, align 4, !tbaa !5
  %240 = getelementptr inbounds nuw i32, ptr %0, i64 %237
  store i32 %239, ptr %240, align 4, !tbaa !5
  %241 = add nuw nsw i64 %237, 1
  %242 = getelementptr inbounds nuw i32, ptr %1, i64 %241
  %243 = load i32, ptr %242, align 4, !tbaa !5
  %244 = getelementptr inbounds nuw i32, ptr %0, i64 %241
  store i32 %243, ptr %244, align 4, !tbaa !5
  %245 = add nuw nsw i64 %237, 2
  %246 = getelementptr inbounds nuw i32, ptr %1, i64 %245
  %247 = load i32, ptr %246, align 4, !tbaa !5
  %248 = getelementptr inbounds nuw i32, ptr %0, i64 %245
  store i32 %247, ptr %248, align 4, !tbaa !5
  %249 = add nuw nsw i64 %237, 3
  %250 = getelementptr inbounds nuw i32, ptr %1, i64 %249
  %251 = load i32, ptr %250, align 4, !tbaa !5
  %252 = getelementptr inbounds nuw i32, ptr %0, i64 %249
  store i32 %251, ptr %252, align 4, !tbaa !5
  %253 = add nuw nsw i64 %237, 4
  %254 = icmp eq i64 %253, %182
  br i1 %254, label %255, label %236, !llvm.loop !35

255:                                              ; preds = %214, %236, %199, %3
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.and.v4i32(<4 x i32>) #5

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10, !13}
!13 = !{!"llvm.loop.peeled.count", i32 1}
!14 = distinct !{!14, !10, !15, !16}
!15 = !{!"llvm.loop.isvectorized", i32 1}
!16 = !{!"llvm.loop.unroll.runtime.disable"}
!17 = !{!18, !18, i64 0}
!18 = !{!"double", !7, i64 0}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10}
!22 = distinct !{!22, !10}
!23 = distinct !{!23, !10}
!24 = distinct !{!24, !10}
!25 = distinct !{!25, !10, !15, !16}
!26 = distinct !{!26, !27}
!27 = !{!"llvm.loop.unroll.disable"}
!28 = distinct !{!28, !10}
!29 = distinct !{!29, !10, !15, !16}
!30 = distinct !{!30, !27}
!31 = distinct !{!31, !10, !15}
!32 = distinct !{!32, !10, !15, !16}
!33 = distinct !{!33, !27}
!34 = distinct !{!34, !10, !15}
!35 = distinct !{!35, !10, !15}
