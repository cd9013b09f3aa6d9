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
  br label %119

7:                                                ; preds = %119
  store i32 %123, ptr @rng, align 4, !tbaa !5
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
  br label %214

119:                                              ; preds = %0, %119
  %120 = phi i64 [ 0, %0 ], [ %130, %119 ]
  %121 = phi i32 [ %6, %0 ], [ %123, %119 ]
  %122 = mul i32 %121, 1103515245
  %123 = add i32 %122, 12345
  %124 = lshr i32 %123, 8
  %125 = urem i32 %124, 1000
  %126 = add nsw i32 %125, -500
  %127 = getelementptr inbounds nuw [200 x i32], ptr %3, i64 0, i64 %120
  store i32 %126, ptr %127, align 4, !tbaa !5
  %128 = getelementptr inbounds nuw [200 x i32], ptr %2, i64 0, i64 %120
  store i32 %126, ptr %128, align 4, !tbaa !5
  %129 = getelementptr inbounds nuw [200 x i32], ptr %1, i64 0, i64 %120
  store i32 %126, ptr %129, align 4, !tbaa !5
  %130 = add nuw nsw i64 %120, 1
  %131 = icmp eq i64 %130, 200
  br i1 %131, label %7, label %119, !llvm.loop !14

132:                                              ; preds = %241
  %133 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %243)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %5) #6
  %134 = load i32, ptr @rng, align 4, !tbaa !5
  %135 = mul i32 %134, 1103515245
  %136 = add i32 %135, 12345
  %137 = lshr i32 %136, 8
  %138 = urem i32 %137, 1000
  %139 = add nsw i32 %138, -500
  %140 = sitofp i32 %139 to double
  %141 = fmul double %140, 1.250000e-01
  store double %141, ptr %5, align 16, !tbaa !15
  %142 = mul i32 %136, 1103515245
  %143 = add i32 %142, 12345
  %144 = lshr i32 %143, 8
  %145 = urem i32 %144, 1000
  %146 = add nsw i32 %145, -500
  %147 = sitofp i32 %146 to double
  %148 = fmul double %147, 1.250000e-01
  %149 = getelementptr inbounds nuw i8, ptr %5, i64 8
  store double %148, ptr %149, align 8, !tbaa !15
  %150 = mul i32 %143, 1103515245
  %151 = add i32 %150, 12345
  %152 = lshr i32 %151, 8
  %153 = urem i32 %152, 1000
  %154 = add nsw i32 %153, -500
  %155 = sitofp i32 %154 to double
  %156 = fmul double %155, 1.250000e-01
  %157 = getelementptr inbounds nuw i8, ptr %5, i64 16
  store double %156, ptr %157, align 16, !tbaa !15
  %158 = mul i32 %151, 1103515245
  %159 = add i32 %158, 12345
  %160 = lshr i32 %159, 8
  %161 = urem i32 %160, 1000
  %162 = add nsw i32 %161, -500
  %163 = sitofp i32 %162 to double
  %164 = fmul double %163, 1.250000e-01
  %165 = getelementptr inbounds nuw i8, ptr %5, i64 24
  store double %164, ptr %165, align 8, !tbaa !15
  %166 = mul i32 %159, 1103515245
  %167 = add i32 %166, 12345
  %168 = lshr i32 %167, 8
  %169 = urem i32 %168, 1000
  %170 = add nsw i32 %169, -500
  %171 = sitofp i32 %170 to double
  %172 = fmul double %171, 1.250000e-01
  %173 = getelementptr inbounds nuw i8, ptr %5, i64 32
  store double %172, ptr %173, align 16, !tbaa !15
  %174 = mul i32 %167, 1103515245
  %175 = add i32 %174, 12345
  %176 = lshr i32 %175, 8
  %177 = urem i32 %176, 1000
  %178 = add nsw i32 %177, -500
  %179 = sitofp i32 %178 to double
  %180 = fmul double %179, 1.250000e-01
  %181 = getelementptr inbounds nuw i8, ptr %5, i64 40
  store double %180, ptr %181, align 8, !tbaa !15
  %182 = mul i32 %175, 1103515245
  %183 = add i32 %182, 12345
  %184 = lshr i32 %183, 8
  %185 = urem i32 %184, 1000
  %186 = add nsw i32 %185, -500
  %187 = sitofp i32 %186 to double
  %188 = fmul double %187, 1.250000e-01
  %189 = getelementptr inbounds nuw i8, ptr %5, i64 48
  store double %188, ptr %189, align 16, !tbaa !15
  %190 = mul i32 %183, 1103515245
  %191 = add i32 %190, 12345
  %192 = lshr i32 %191, 8
  %193 = urem i32 %192, 1000
  %194 = add nsw i32 %193, -500
  %195 = sitofp i32 %194 to double
  %196 = fmul double %195, 1.250000e-01
  %197 = getelementptr inbounds nuw i8, ptr %5, i64 56
  store double %196, ptr %197, align 8, !tbaa !15
  %198 = mul i32 %191, 1103515245
  %199 = add i32 %198, 12345
  %200 = lshr i32 %199, 8
  %201 = urem i32 %200, 1000
  %202 = add nsw i32 %201, -500
  %203 = sitofp i32 %202 to double
  %204 = fmul double %203, 1.250000e-01
  %205 = getelementptr inbounds nuw i8, ptr %5, i64 64
  store double %204, ptr %205, align 16, !tbaa !15
  %206 = mul i32 %199, 1103515245
  %207 = add i32 %206, 12345
  %208 = lshr i32 %207, 8
  %209 = urem i32 %208, 1000
  %210 = add nsw i32 %209, -500
  %211 = sitofp i32 %210 to double
  %212 = fmul double %211, 1.250000e-01
  %213 = getelementptr inbounds nuw i8, ptr %5, i64 72
  store double %212, ptr %213, align 8, !tbaa !15
  store i32 %207, ptr @rng, align 4, !tbaa !5
  br label %250

214:                                              ; preds = %241, %115
  %215 = phi i64 [ 0, %115 ], [ %244, %241 ]
  %216 = phi i32 [ 1, %115 ], [ %243, %241 ]
  %217 = getelementptr inbounds nuw [200 x i32], ptr %1, i64 0, i64 %215
  %218 = load i32, ptr %217, align 8, !tbaa !5
  %219 = getelementptr inbounds nuw [200 x i32], ptr %2, i64 0, i64 %215
  %220 = load i32, ptr %219, align 8, !tbaa !5
  %221 = icmp eq i32 %218, %220
  br i1 %221, label %222, label %227

222:                                              ; preds = %214
  %223 = getelementptr inbounds nuw [200 x i32], ptr %3, i64 0, i64 %215
  %224 = load i32, ptr %223, align 8, !tbaa !5
  %225 = icmp eq i32 %218, %224
  %226 = zext i1 %225 to i32
  br label %227

227:                                              ; preds = %222, %214
  %228 = phi i32 [ 0, %214 ], [ %226, %222 ]
  %229 = and i32 %228, %216
  %230 = or disjoint i64 %215, 1
  %231 = getelementptr inbounds nuw [200 x i32], ptr %1, i64 0, i64 %230
  %232 = load i32, ptr %231, align 4, !tbaa !5
  %233 = getelementptr inbounds nuw [200 x i32], ptr %2, i64 0, i64 %230
  %234 = load i32, ptr %233, align 4, !tbaa !5
  %235 = icmp eq i32 %232, %234
  br i1 %235, label %236, label %241

236:                                              ; preds = %227
  %237 = getelementptr inbounds nuw [200 x i32], ptr %3, i64 0, i64 %230
  %238 = load i32, ptr %237, align 4, !tbaa !5
  %239 = icmp eq i32 %232, %238
  %240 = zext i1 %239 to i32
  br label %241

241:                                              ; preds = %236, %227
  %242 = phi i32 [ 0, %227 ], [ %240, %236 ]
  %243 = and i32 %242, %229
  %244 = add nuw nsw i64 %215, 2
  %245 = icmp eq i64 %244, 200
  br i1 %245, label %132, label %214, !llvm.loop !17

246:                                              ; preds = %262, %277, %254
  %247 = add nuw nsw i32 %252, 1
  %248 = add nsw i64 %251, -1
  %249 = icmp eq i32 %247, 9
  br i1 %249, label %284, label %250, !llvm.loop !18

250:                                              ; preds = %132, %246
  %251 = phi i64 [ %248, %246 ], [ 9, %132 ]
  %252 = phi i32 [ %247, %246 ], [ 0, %132 ]
  %253 = load double, ptr %5, align 16, !tbaa !15
  br label %264

254:                                              ; preds = %260
  br i1 %267, label %284, label %246

255:                                              ; preds = %277
  %256 = add nuw nsw i64 %280, 1
  %257 = getelementptr inbounds nuw double, ptr %5, i64 %256
  %258 = load double, ptr %257, align 8, !tbaa !15
  %259 = fcmp ogt double %269, %258
  br i1 %259, label %277, label %262, !llvm.loop !19

260:                                              ; preds = %268
  %261 = icmp eq i64 %271, %251
  br i1 %261, label %254, label %268, !llvm.loop !19

262:                                              ; preds = %255
  %263 = icmp eq i64 %256, %251
  br i1 %263, label %246, label %264, !llvm.loop !19

264:                                              ; preds = %262, %250
  %265 = phi double [ %258, %262 ], [ %253, %250 ]
  %266 = phi i64 [ %256, %262 ], [ 0, %250 ]
  %267 = phi i1 [ false, %262 ], [ true, %250 ]
  br label %268

268:                                              ; preds = %264, %260
  %269 = phi double [ %273, %260 ], [ %265, %264 ]
  %270 = phi i64 [ %271, %260 ], [ %266, %264 ]
  %271 = add nuw nsw i64 %270, 1
  %272 = getelementptr inbounds nuw double, ptr %5, i64 %271
  %273 = load double, ptr %272, align 8, !tbaa !15
  %274 = fcmp ogt double %269, %273
  br i1 %274, label %275, label %260

275:                                              ; preds = %268
  %276 = getelementptr inbounds nuw double, ptr %5, i64 %271
  br label %277

277:                                              ; preds = %275, %255
  %278 = phi double [ %258, %255 ], [ %273, %275 ]
  %279 = phi ptr [ %257, %255 ], [ %276, %275 ]
  %280 = phi i64 [ %256, %255 ], [ %271, %275 ]
  %281 = phi i64 [ %280, %255 ], [ %270, %275 ]
  %282 = getelementptr inbounds nuw double, ptr %5, i64 %281
  store double %278, ptr %282, align 8, !tbaa !15
  store double %269, ptr %279, align 8, !tbaa !15
  %283 = icmp eq i64 %280, %251
  br i1 %283, label %246, label %255, !llvm.loop !19

284:                                              ; preds = %246, %254
  %285 = load double, ptr %5, align 16, !tbaa !15
  %286 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %285)
  %287 = load double, ptr %149, align 8, !tbaa !15
  %288 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %287)
  %289 = load double, ptr %157, align 16, !tbaa !15
  %290 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %289)
  %291 = load double, ptr %165, align 8, !tbaa !15
  %292 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %291)
  %293 = load double, ptr %173, align 16, !tbaa !15
  %294 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %293)
  %295 = load double, ptr %181, align 8, !tbaa !15
  %296 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %295)
  %297 = load double, ptr %189, align 16, !tbaa !15
  %298 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %297)
  %299 = load double, ptr %197, align 8, !tbaa !15
  %300 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %299)
  %301 = load double, ptr %205, align 16, !tbaa !15
  %302 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %301)
  %303 = load double, ptr %213, align 8, !tbaa !15
  %304 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %303)
  %305 = call i32 @putchar(i32 10)
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
  br i1 %20, label %16, label %22, !llvm.loop !20

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
  br i1 %29, label %25, label %31, !llvm.loop !21

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
  br i1 %42, label %43, label %12, !llvm.loop !22

43:                                               ; preds = %39
  tail call fastcc void @quick(ptr noundef %0, i32 noundef %6, i32 noundef %40)
  %44 = icmp slt i32 %41, %2
  br i1 %44, label %5, label %45

45:                                               ; preds = %43, %3
  ret void
}

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @merge_sort(ptr noundef nonnull %0, ptr noundef nonnull %1, i32 noundef range(i32 -98, 201) %2) unnamed_addr #2 {
  %4 = icmp slt i32 %2, 2
  br i1 %4, label %137, label %5

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
  br label %71

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
  %31 = add i32 %18, %30
  %32 = tail call i32 @llvm.smin.i32(i32 %22, i32 %25)
  %33 = add nuw nsw i64 %17, 1
  %34 = getelementptr inbounds nuw i32, ptr %1, i64 %17
  store i32 %32, ptr %34, align 4, !tbaa !5
  %35 = icmp samesign ult i32 %28, %6
  %36 = icmp slt i32 %31, %2
  %37 = and i1 %35, %36
  br i1 %37, label %16, label %10, !llvm.loop !23

38:                                               ; preds = %71, %10
  %39 = phi i64 [ %33, %10 ], [ %77, %71 ]
  %40 = icmp slt i32 %31, %2
  br i1 %40, label %41, label %80

41:                                               ; preds = %38
  %42 = and i64 %39, 4294967295
  %43 = zext i32 %31 to i64
  %44 = zext nneg i32 %2 to i64
  %45 = sub nsw i64 %44, %43
  %46 = and i64 %45, 3
  %47 = icmp eq i64 %46, 0
  br i1 %47, label %59, label %48

48:                                               ; preds = %41, %48
  %49 = phi i64 [ %52, %48 ], [ %43, %41 ]
  %50 = phi i64 [ %55, %48 ], [ %42, %41 ]
  %51 = phi i64 [ %57, %48 ], [ 0, %41 ]
  %52 = add nuw nsw i64 %49, 1
  %53 = getelementptr inbounds nuw i32, ptr %0, i64 %49
  %54 = load i32, ptr %53, align 4, !tbaa !5
  %55 = add nuw nsw i64 %50, 1
  %56 = getelementptr inbounds nuw i32, ptr %1, i64 %50
  store i32 %54, ptr %56, align 4, !tbaa !5
  %57 = add i64 %51, 1
  %58 = icmp eq i64 %57, %46
  br i1 %58, label %59, label %48, !llvm.loop !24

59:                                               ; preds = %48, %41
  %60 = phi i64 [ %43, %41 ], [ %52, %48 ]
  %61 = phi i64 [ %42, %41 ], [ %55, %48 ]
  %62 = sub nsw i64 %43, %44
  %63 = icmp ugt i64 %62, -4
  br i1 %63, label %80, label %64

64:                                               ; preds = %59
  %65 = getelementptr i8, ptr %0, i64 4
  %66 = getelementptr i8, ptr %1, i64 4
  %67 = getelementptr i8, ptr %0, i64 8
  %68 = getelementptr i8, ptr %1, i64 8
  %69 = getelementptr i8, ptr %0, i64 12
  %70 = getelementptr i8, ptr %1, i64 12
  br label %86

71:                                               ; preds = %12, %71
  %72 = phi i64 [ %14, %12 ], [ %74, %71 ]
  %73 = phi i64 [ %13, %12 ], [ %77, %71 ]
  %74 = add nuw nsw i64 %72, 1
  %75 = getelementptr inbounds nuw i32, ptr %0, i64 %72
  %76 = load i32, ptr %75, align 4, !tbaa !5
  %77 = add nuw nsw i64 %73, 1
  %78 = getelementptr inbounds nuw i32, ptr %1, i64 %73
  store i32 %76, ptr %78, align 4, !tbaa !5
  %79 = icmp eq i64 %74, %15
  br i1 %79, label %38, label %71, !llvm.loop !26

80:                                               ; preds = %59, %86, %38
  %81 = zext nneg i32 %2 to i64
  %82 = and i64 %81, 3
  %83 = icmp ult i32 %2, 4
  br i1 %83, label %125, label %84

84:                                               ; preds = %80
  %85 = and i64 %81, 2147483644
  br label %104

86:                                               ; preds = %86, %64
  %87 = phi i64 [ %60, %64 ], [ %98, %86 ]
  %88 = phi i64 [ %61, %64 ], [ %101, %86 ]
  %89 = getelementptr inbounds nuw i32, ptr %0, i64 %87
  %90 = load i32, ptr %89, align 4, !tbaa !5
  %91 = getelementptr inbounds nuw i32, ptr %1, i64 %88
  store i32 %90, ptr %91, align 4, !tbaa !5
  %92 = getelementptr i32, ptr %65, i64 %87
  %93 = load i32, ptr %92, align 4, !tbaa !5
  %94 = getelementptr i32, ptr %66, i64 %88
  store i32 %93, ptr %94, align 4, !tbaa !5
  %95 = getelementptr i32, ptr %67, i64 %87
  %96 = load i32, ptr %95, align 4, !tbaa !5
  %97 = getelementptr i32, ptr %68, i64 %88
  store i32 %96, ptr %97, align 4, !tbaa !5
  %98 = add nuw nsw i64 %87, 4
  %99 = getelementptr i32, ptr %69, i64 %87
  %100 = load i32, ptr %99, align 4, !tbaa !5
  %101 = add nuw nsw i64 %88, 4
  %102 = getelementptr i32, ptr %70, i64 %88
  store i32 %100, ptr %102, align 4, !tbaa !5
  %103 = icmp eq i64 %98, %44
  br i1 %103, label %80, label %86, !llvm.loop !27

104:                                              ; preds = %104, %84
  %105 = phi i64 [ 0, %84 ], [ %122, %104 ]
  %106 = phi i64 [ 0, %84 ], [ %123, %104 ]
  %107 = getelementptr inbounds nuw i32, ptr %1, i64 %105
  %108 = load i32, ptr %107, align 4, !tbaa !5
  %109 = getelementptr inbounds nuw i32, ptr %0, i64 %105
  store i32 %108, ptr %109, align 4, !tbaa !5
  %110 = or disjoint i64 %105, 1
  %111 = getelementptr inbounds nuw i32, ptr %1, i64 %110
  %112 = load i32, ptr %111, align 4, !tbaa !5
  %113 = getelementptr inbounds nuw i32, ptr %0, i64 %110
  store i32 %112, ptr %113, align 4, !tbaa !5
  %114 = or disjoint i64 %105, 2
  %115 = getelementptr inbounds nuw i32, ptr %1, i64 %114
  %116 = load i32, ptr %115, align 4, !tbaa !5
  %117 = getelementptr inbounds nuw i32, ptr %0, i64 %114
  store i32 %116, ptr %117, align 4, !tbaa !5
  %118 = or disjoint i64 %105, 3
  %119 = getelementptr inbounds nuw i32, ptr %1, i64 %118
  %120 = load i32, ptr %119, align 4, !tbaa !5
  %121 = getelementptr inbounds nuw i32, ptr %0, i64 %118
  store i32 %120, ptr %121, align 4, !tbaa !5
  %122 = add nuw nsw i64 %105, 4
  %123 = add i64 %106, 4
  %124 = icmp eq i64 %123, %85
  br i1 %124, label %125, label %104, !llvm.loop !28

125:                                              ; preds = %104, %80
  %126 = phi i64 [ 0, %80 ], [ %122, %104 ]
  %127 = icmp eq i64 %82, 0
  br i1 %127, label %137, label %128

128:                                              ; preds = %125, %128
  %129 = phi i64 [ %134, %128 ], [ %126, %125 ]
  %130 = phi i64 [ %135, %128 ], [ 0, %125 ]
  %131 = getelementptr inbounds nuw i32, ptr %1, i64 %129
  %132 = load i32, ptr %131, align 4, !tbaa !5
  %133 = getelementptr inbounds nuw i32, ptr %0, i64 %129
  store i32 %132, ptr %133, align 4, !tbaa !5
  %134 = add nuw nsw i64 %129, 1
  %135 = add i64 %130, 1
  %136 = icmp eq i64 %135, %82
  br i1 %136, label %137, label %128, !llvm.loop !29

137:                                              ; preds = %125, %128, %3
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #5

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
!14 = distinct !{!14, !10}
!15 = !{!16, !16, i64 0}
!16 = !{!"double", !7, i64 0}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10}
!22 = distinct !{!22, !10}
!23 = distinct !{!23, !10}
!24 = distinct !{!24, !25}
!25 = !{!"llvm.loop.unroll.disable"}
!26 = distinct !{!26, !10}
!27 = distinct !{!27, !10}
!28 = distinct !{!28, !10}
!29 = distinct !{!29, !25}
