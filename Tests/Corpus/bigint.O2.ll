; ModuleID = 'bigint.c'
source_filename = "bigint.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Big = type { [40 x i32] }

@.str = private unnamed_addr constant [4 x i8] c"50!\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"2^200\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"fib(300)\00", align 1
@.str.3 = private unnamed_addr constant [23 x i8] c"digit sum of 50! = %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"%s = \00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [400 x i8], align 16
  %2 = alloca [400 x i8], align 16
  %3 = alloca %struct.Big, align 8
  %4 = alloca [400 x i8], align 16
  %5 = alloca %struct.Big, align 8
  %6 = alloca %struct.Big, align 8
  %7 = alloca %struct.Big, align 8
  %8 = alloca %struct.Big, align 8
  %9 = alloca %struct.Big, align 4
  %10 = alloca %struct.Big, align 4
  %11 = getelementptr inbounds nuw i8, ptr %6, i64 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(156) %11, i8 0, i64 156, i1 false)
  store i32 1, ptr %6, align 8
  br label %70

12:                                               ; preds = %92
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %5)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %5, ptr noundef nonnull align 8 dereferenceable(160) %6, i64 160, i1 false)
  call void @llvm.lifetime.start.p0(i64 400, ptr nonnull %4) #5
  br label %13

13:                                               ; preds = %13, %12
  %14 = phi i64 [ 0, %12 ], [ %18, %13 ]
  %15 = getelementptr inbounds nuw [40 x i32], ptr %5, i64 0, i64 %14
  %16 = load i32, ptr %15, align 4, !tbaa !5
  %17 = icmp eq i32 %16, 0
  %18 = add nuw nsw i64 %14, 1
  %19 = icmp ne i64 %18, 40
  %20 = select i1 %17, i1 %19, i1 false
  br i1 %20, label %13, label %21, !llvm.loop !9

21:                                               ; preds = %13
  br i1 %17, label %22, label %23

22:                                               ; preds = %21
  store i8 48, ptr %4, align 16, !tbaa !11
  br label %23

23:                                               ; preds = %22, %21
  %24 = phi i64 [ 0, %21 ], [ 1, %22 ]
  br label %25

25:                                               ; preds = %23, %49
  %26 = phi i64 [ %52, %49 ], [ %24, %23 ]
  br label %27

27:                                               ; preds = %27, %25
  %28 = phi i64 [ 0, %25 ], [ %32, %27 ]
  %29 = getelementptr inbounds nuw [40 x i32], ptr %5, i64 0, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !5
  %31 = icmp eq i32 %30, 0
  %32 = add nuw nsw i64 %28, 1
  %33 = icmp ne i64 %32, 40
  %34 = select i1 %31, i1 %33, i1 false
  br i1 %34, label %27, label %35, !llvm.loop !9

35:                                               ; preds = %27
  br i1 %31, label %54, label %36

36:                                               ; preds = %35, %36
  %37 = phi i64 [ %47, %36 ], [ 39, %35 ]
  %38 = phi i64 [ %46, %36 ], [ 0, %35 ]
  %39 = shl nuw nsw i64 %38, 32
  %40 = getelementptr inbounds nuw [40 x i32], ptr %5, i64 0, i64 %37
  %41 = load i32, ptr %40, align 4, !tbaa !5
  %42 = zext i32 %41 to i64
  %43 = or disjoint i64 %39, %42
  %44 = udiv i64 %43, 10
  %45 = trunc nuw i64 %44 to i32
  store i32 %45, ptr %40, align 4, !tbaa !5
  %46 = urem i64 %43, 10
  %47 = add nsw i64 %37, -1
  %48 = icmp eq i64 %37, 0
  br i1 %48, label %49, label %36, !llvm.loop !12

49:                                               ; preds = %36
  %50 = trunc nuw nsw i64 %46 to i8
  %51 = or disjoint i8 %50, 48
  %52 = add nuw nsw i64 %26, 1
  %53 = getelementptr inbounds nuw [400 x i8], ptr %4, i64 0, i64 %26
  store i8 %51, ptr %53, align 1, !tbaa !11
  br label %25, !llvm.loop !13

54:                                               ; preds = %35
  %55 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @.str)
  %56 = icmp eq i64 %26, 0
  br i1 %56, label %66, label %57

57:                                               ; preds = %54, %57
  %58 = phi i64 [ %59, %57 ], [ %26, %54 ]
  %59 = add nsw i64 %58, -1
  %60 = getelementptr inbounds [400 x i8], ptr %4, i64 0, i64 %59
  %61 = load i8, ptr %60, align 1, !tbaa !11
  %62 = sext i8 %61 to i32
  %63 = load ptr, ptr @stdout, align 8, !tbaa !14
  %64 = tail call i32 @putc(i32 noundef %62, ptr noundef %63)
  %65 = icmp eq i64 %59, 0
  br i1 %65, label %66, label %57, !llvm.loop !17

66:                                               ; preds = %57, %54
  %67 = load ptr, ptr @stdout, align 8, !tbaa !14
  %68 = tail call i32 @putc(i32 noundef 10, ptr noundef %67)
  call void @llvm.lifetime.end.p0(i64 400, ptr nonnull %4) #5
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %5)
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %7) #5
  %69 = getelementptr inbounds nuw i8, ptr %7, i64 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(156) %69, i8 0, i64 156, i1 false)
  store i32 1, ptr %7, align 8, !tbaa !5
  br label %95

70:                                               ; preds = %0, %92
  %71 = phi i64 [ 2, %0 ], [ %93, %92 ]
  br label %72

72:                                               ; preds = %72, %70
  %73 = phi i64 [ 0, %70 ], [ %90, %72 ]
  %74 = phi i64 [ 0, %70 ], [ %89, %72 ]
  %75 = getelementptr inbounds nuw [40 x i32], ptr %6, i64 0, i64 %73
  %76 = load i32, ptr %75, align 8
  %77 = zext i32 %76 to i64
  %78 = mul nuw nsw i64 %71, %77
  %79 = add nuw nsw i64 %78, %74
  %80 = trunc i64 %79 to i32
  store i32 %80, ptr %75, align 8
  %81 = lshr i64 %79, 32
  %82 = or disjoint i64 %73, 1
  %83 = getelementptr inbounds nuw [40 x i32], ptr %6, i64 0, i64 %82
  %84 = load i32, ptr %83, align 4
  %85 = zext i32 %84 to i64
  %86 = mul nuw nsw i64 %71, %85
  %87 = add nuw nsw i64 %86, %81
  %88 = trunc i64 %87 to i32
  store i32 %88, ptr %83, align 4
  %89 = lshr i64 %87, 32
  %90 = add nuw nsw i64 %73, 2
  %91 = icmp eq i64 %90, 40
  br i1 %91, label %92, label %72, !llvm.loop !18

92:                                               ; preds = %72
  %93 = add nuw nsw i64 %71, 1
  %94 = icmp eq i64 %93, 51
  br i1 %94, label %12, label %70, !llvm.loop !19

95:                                               ; preds = %66, %175
  %96 = phi i32 [ 0, %66 ], [ %176, %175 ]
  br label %155

97:                                               ; preds = %175
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %3)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %3, ptr noundef nonnull align 8 dereferenceable(160) %7, i64 160, i1 false)
  call void @llvm.lifetime.start.p0(i64 400, ptr nonnull %2) #5
  br label %98

98:                                               ; preds = %98, %97
  %99 = phi i64 [ 0, %97 ], [ %103, %98 ]
  %100 = getelementptr inbounds nuw [40 x i32], ptr %3, i64 0, i64 %99
  %101 = load i32, ptr %100, align 4, !tbaa !5
  %102 = icmp eq i32 %101, 0
  %103 = add nuw nsw i64 %99, 1
  %104 = icmp ne i64 %103, 40
  %105 = select i1 %102, i1 %104, i1 false
  br i1 %105, label %98, label %106, !llvm.loop !9

106:                                              ; preds = %98
  br i1 %102, label %107, label %108

107:                                              ; preds = %106
  store i8 48, ptr %2, align 16, !tbaa !11
  br label %108

108:                                              ; preds = %107, %106
  %109 = phi i64 [ 0, %106 ], [ 1, %107 ]
  br label %110

110:                                              ; preds = %108, %134
  %111 = phi i64 [ %137, %134 ], [ %109, %108 ]
  br label %112

112:                                              ; preds = %112, %110
  %113 = phi i64 [ 0, %110 ], [ %117, %112 ]
  %114 = getelementptr inbounds nuw [40 x i32], ptr %3, i64 0, i64 %113
  %115 = load i32, ptr %114, align 4, !tbaa !5
  %116 = icmp eq i32 %115, 0
  %117 = add nuw nsw i64 %113, 1
  %118 = icmp ne i64 %117, 40
  %119 = select i1 %116, i1 %118, i1 false
  br i1 %119, label %112, label %120, !llvm.loop !9

120:                                              ; preds = %112
  br i1 %116, label %139, label %121

121:                                              ; preds = %120, %121
  %122 = phi i64 [ %132, %121 ], [ 39, %120 ]
  %123 = phi i64 [ %131, %121 ], [ 0, %120 ]
  %124 = shl nuw nsw i64 %123, 32
  %125 = getelementptr inbounds nuw [40 x i32], ptr %3, i64 0, i64 %122
  %126 = load i32, ptr %125, align 4, !tbaa !5
  %127 = zext i32 %126 to i64
  %128 = or disjoint i64 %124, %127
  %129 = udiv i64 %128, 10
  %130 = trunc nuw i64 %129 to i32
  store i32 %130, ptr %125, align 4, !tbaa !5
  %131 = urem i64 %128, 10
  %132 = add nsw i64 %122, -1
  %133 = icmp eq i64 %122, 0
  br i1 %133, label %134, label %121, !llvm.loop !12

134:                                              ; preds = %121
  %135 = trunc nuw nsw i64 %131 to i8
  %136 = or disjoint i8 %135, 48
  %137 = add nuw nsw i64 %111, 1
  %138 = getelementptr inbounds nuw [400 x i8], ptr %2, i64 0, i64 %111
  store i8 %136, ptr %138, align 1, !tbaa !11
  br label %110, !llvm.loop !13

139:                                              ; preds = %120
  %140 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @.str.1)
  %141 = icmp eq i64 %111, 0
  br i1 %141, label %151, label %142

142:                                              ; preds = %139, %142
  %143 = phi i64 [ %144, %142 ], [ %111, %139 ]
  %144 = add nsw i64 %143, -1
  %145 = getelementptr inbounds [400 x i8], ptr %2, i64 0, i64 %144
  %146 = load i8, ptr %145, align 1, !tbaa !11
  %147 = sext i8 %146 to i32
  %148 = load ptr, ptr @stdout, align 8, !tbaa !14
  %149 = tail call i32 @putc(i32 noundef %147, ptr noundef %148)
  %150 = icmp eq i64 %144, 0
  br i1 %150, label %151, label %142, !llvm.loop !17

151:                                              ; preds = %142, %139
  %152 = load ptr, ptr @stdout, align 8, !tbaa !14
  %153 = tail call i32 @putc(i32 noundef 10, ptr noundef %152)
  call void @llvm.lifetime.end.p0(i64 400, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %3)
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %9) #5
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %10) #5
  %154 = getelementptr inbounds nuw i8, ptr %9, i64 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %8, i8 0, i64 160, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(156) %154, i8 0, i64 156, i1 false)
  store i32 1, ptr %9, align 4, !tbaa !5
  br label %178

155:                                              ; preds = %155, %95
  %156 = phi i64 [ 0, %95 ], [ %173, %155 ]
  %157 = phi i64 [ 0, %95 ], [ %172, %155 ]
  %158 = getelementptr inbounds nuw [40 x i32], ptr %7, i64 0, i64 %156
  %159 = load i32, ptr %158, align 8, !tbaa !5
  %160 = zext i32 %159 to i64
  %161 = shl nuw nsw i64 %160, 1
  %162 = add nuw nsw i64 %161, %157
  %163 = trunc i64 %162 to i32
  store i32 %163, ptr %158, align 8, !tbaa !5
  %164 = lshr i64 %162, 32
  %165 = or disjoint i64 %156, 1
  %166 = getelementptr inbounds nuw [40 x i32], ptr %7, i64 0, i64 %165
  %167 = load i32, ptr %166, align 4, !tbaa !5
  %168 = zext i32 %167 to i64
  %169 = shl nuw nsw i64 %168, 1
  %170 = add nuw nsw i64 %169, %164
  %171 = trunc i64 %170 to i32
  store i32 %171, ptr %166, align 4, !tbaa !5
  %172 = lshr i64 %170, 32
  %173 = add nuw nsw i64 %156, 2
  %174 = icmp eq i64 %173, 40
  br i1 %174, label %175, label %155, !llvm.loop !18

175:                                              ; preds = %155
  %176 = add nuw nsw i32 %96, 1
  %177 = icmp eq i32 %176, 200
  br i1 %177, label %97, label %95, !llvm.loop !20

178:                                              ; preds = %151, %265
  %179 = phi i32 [ 0, %151 ], [ %266, %265 ]
  br label %237

180:                                              ; preds = %265
  call void @llvm.lifetime.start.p0(i64 400, ptr nonnull %1) #5
  br label %181

181:                                              ; preds = %181, %180
  %182 = phi i64 [ 0, %180 ], [ %186, %181 ]
  %183 = getelementptr inbounds nuw [40 x i32], ptr %8, i64 0, i64 %182
  %184 = load i32, ptr %183, align 4
  %185 = icmp eq i32 %184, 0
  %186 = add nuw nsw i64 %182, 1
  %187 = icmp ne i64 %186, 40
  %188 = select i1 %185, i1 %187, i1 false
  br i1 %188, label %181, label %189, !llvm.loop !9

189:                                              ; preds = %181
  br i1 %185, label %190, label %191

190:                                              ; preds = %189
  store i8 48, ptr %1, align 16, !tbaa !11
  br label %191

191:                                              ; preds = %190, %189
  %192 = phi i64 [ 0, %189 ], [ 1, %190 ]
  br label %193

193:                                              ; preds = %191, %217
  %194 = phi i64 [ %220, %217 ], [ %192, %191 ]
  br label %195

195:                                              ; preds = %195, %193
  %196 = phi i64 [ 0, %193 ], [ %200, %195 ]
  %197 = getelementptr inbounds nuw [40 x i32], ptr %8, i64 0, i64 %196
  %198 = load i32, ptr %197, align 4
  %199 = icmp eq i32 %198, 0
  %200 = add nuw nsw i64 %196, 1
  %201 = icmp ne i64 %200, 40
  %202 = select i1 %199, i1 %201, i1 false
  br i1 %202, label %195, label %203, !llvm.loop !9

203:                                              ; preds = %195
  br i1 %199, label %222, label %204

204:                                              ; preds = %203, %204
  %205 = phi i64 [ %215, %204 ], [ 39, %203 ]
  %206 = phi i64 [ %214, %204 ], [ 0, %203 ]
  %207 = shl nuw nsw i64 %206, 32
  %208 = getelementptr inbounds nuw [40 x i32], ptr %8, i64 0, i64 %205
  %209 = load i32, ptr %208, align 4
  %210 = zext i32 %209 to i64
  %211 = or disjoint i64 %207, %210
  %212 = udiv i64 %211, 10
  %213 = trunc nuw i64 %212 to i32
  store i32 %213, ptr %208, align 4
  %214 = urem i64 %211, 10
  %215 = add nsw i64 %205, -1
  %216 = icmp eq i64 %205, 0
  br i1 %216, label %217, label %204, !llvm.loop !12

217:                                              ; preds = %204
  %218 = trunc nuw nsw i64 %214 to i8
  %219 = or disjoint i8 %218, 48
  %220 = add nuw nsw i64 %194, 1
  %221 = getelementptr inbounds nuw [400 x i8], ptr %1, i64 0, i64 %194
  store i8 %219, ptr %221, align 1, !tbaa !11
  br label %193, !llvm.loop !13

222:                                              ; preds = %203
  %223 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @.str.2)
  %224 = icmp eq i64 %194, 0
  br i1 %224, label %234, label %225

225:                                              ; preds = %222, %225
  %226 = phi i64 [ %227, %225 ], [ %194, %222 ]
  %227 = add nsw i64 %226, -1
  %228 = getelementptr inbounds [400 x i8], ptr %1, i64 0, i64 %227
  %229 = load i8, ptr %228, align 1, !tbaa !11
  %230 = sext i8 %229 to i32
  %231 = load ptr, ptr @stdout, align 8, !tbaa !14
  %232 = tail call i32 @putc(i32 noundef %230, ptr noundef %231)
  %233 = icmp eq i64 %227, 0
  br i1 %233, label %234, label %225, !llvm.loop !17

234:                                              ; preds = %225, %222
  %235 = load ptr, ptr @stdout, align 8, !tbaa !14
  %236 = tail call i32 @putc(i32 noundef 10, ptr noundef %235)
  call void @llvm.lifetime.end.p0(i64 400, ptr nonnull %1) #5
  br label %268

237:                                              ; preds = %237, %178
  %238 = phi i64 [ 0, %178 ], [ %263, %237 ]
  %239 = phi i64 [ 0, %178 ], [ %262, %237 ]
  %240 = getelementptr inbounds nuw [40 x i32], ptr %8, i64 0, i64 %238
  %241 = load i32, ptr %240, align 8
  %242 = zext i32 %241 to i64
  %243 = getelementptr inbounds nuw [40 x i32], ptr %9, i64 0, i64 %238
  %244 = load i32, ptr %243, align 4, !tbaa !5
  %245 = zext i32 %244 to i64
  %246 = add nuw nsw i64 %239, %242
  %247 = add nuw nsw i64 %246, %245
  %248 = trunc i64 %247 to i32
  %249 = getelementptr inbounds nuw [40 x i32], ptr %10, i64 0, i64 %238
  store i32 %248, ptr %249, align 4, !tbaa !5
  %250 = lshr i64 %247, 32
  %251 = or disjoint i64 %238, 1
  %252 = getelementptr inbounds nuw [40 x i32], ptr %8, i64 0, i64 %251
  %253 = load i32, ptr %252, align 4
  %254 = zext i32 %253 to i64
  %255 = getelementptr inbounds nuw [40 x i32], ptr %9, i64 0, i64 %251
  %256 = load i32, ptr %255, align 4, !tbaa !5
  %257 = zext i32 %256 to i64
  %258 = add nuw nsw i64 %250, %254
  %259 = add nuw nsw i64 %258, %257
  %260 = trunc i64 %259 to i32
  %261 = getelementptr inbounds nuw [40 x i32], ptr %10, i64 0, i64 %251
  store i32 %260, ptr %261, align 4, !tbaa !5
  %262 = lshr i64 %259, 32
  %263 = add nuw nsw i64 %238, 2
  %264 = icmp eq i64 %263, 40
  br i1 %264, label %265, label %237, !llvm.loop !21

265:                                              ; preds = %237
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %8, ptr noundef nonnull align 4 dereferenceable(160) %9, i64 160, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(160) %9, ptr noundef nonnull align 4 dereferenceable(160) %10, i64 160, i1 false), !tbaa.struct !22
  %266 = add nuw nsw i32 %179, 1
  %267 = icmp eq i32 %266, 300
  br i1 %267, label %180, label %178, !llvm.loop !23

268:                                              ; preds = %292, %234
  %269 = phi i32 [ 0, %234 ], [ %294, %292 ]
  br label %270

270:                                              ; preds = %270, %268
  %271 = phi i64 [ 0, %268 ], [ %275, %270 ]
  %272 = getelementptr inbounds nuw [40 x i32], ptr %6, i64 0, i64 %271
  %273 = load i32, ptr %272, align 4
  %274 = icmp eq i32 %273, 0
  %275 = add nuw nsw i64 %271, 1
  %276 = icmp ne i64 %275, 40
  %277 = select i1 %274, i1 %276, i1 false
  br i1 %277, label %270, label %278, !llvm.loop !9

278:                                              ; preds = %270
  br i1 %274, label %295, label %279

279:                                              ; preds = %278, %279
  %280 = phi i64 [ %290, %279 ], [ 39, %278 ]
  %281 = phi i64 [ %289, %279 ], [ 0, %278 ]
  %282 = shl nuw nsw i64 %281, 32
  %283 = getelementptr inbounds nuw [40 x i32], ptr %6, i64 0, i64 %280
  %284 = load i32, ptr %283, align 4
  %285 = zext i32 %284 to i64
  %286 = or disjoint i64 %282, %285
  %287 = udiv i64 %286, 10
  %288 = trunc nuw i64 %287 to i32
  store i32 %288, ptr %283, align 4
  %289 = urem i64 %286, 10
  %290 = add nsw i64 %280, -1
  %291 = icmp eq i64 %280, 0
  br i1 %291, label %292, label %279, !llvm.loop !12

292:                                              ; preds = %279
  %293 = trunc nuw nsw i64 %289 to i32
  %294 = add i32 %269, %293
  br label %268, !llvm.loop !24

295:                                              ; preds = %278
  %296 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %269)
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %10) #5
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %9) #5
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %7) #5
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: nofree nounwind
declare noundef i32 @putc(i32 noundef, ptr noundef captures(none)) local_unnamed_addr #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }

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
!11 = !{!7, !7, i64 0}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 _ZTS8_IO_FILE", !16, i64 0}
!16 = !{!"any pointer", !7, i64 0}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10}
!22 = !{i64 0, i64 160, !11}
!23 = distinct !{!23, !10}
!24 = distinct !{!24, !10}
