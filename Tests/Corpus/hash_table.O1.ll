; ModuleID = 'hash_table.c'
source_filename = "hash_table.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [16 x i8], align 16
  %2 = tail call noalias dereferenceable_or_null(1540) ptr @calloc(i64 noundef 1, i64 noundef 1540) #8
  br label %251

3:                                                ; preds = %298
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 1536
  %5 = load i32, ptr %4, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %3, %24
  %7 = phi i32 [ %26, %24 ], [ 1569418667, %3 ]
  %8 = phi ptr [ %23, %24 ], [ undef, %3 ]
  %9 = phi i32 [ %25, %24 ], [ 0, %3 ]
  %10 = and i32 %7, 63
  %11 = zext nneg i32 %10 to i64
  %12 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %11
  %13 = getelementptr inbounds nuw i8, ptr %12, i64 20
  %14 = load i32, ptr %13, align 4, !tbaa !10
  switch i32 %14, label %16 [
    i32 0, label %21
    i32 2, label %15
  ]

15:                                               ; preds = %6
  br label %21

16:                                               ; preds = %6
  %17 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %12, ptr noundef nonnull readonly dereferenceable(6) @.str) #9
  %18 = icmp eq i32 %17, 0
  %19 = zext i1 %18 to i32
  %20 = select i1 %18, ptr %12, ptr %8
  br label %21

21:                                               ; preds = %16, %15, %6
  %22 = phi i32 [ 4, %15 ], [ %19, %16 ], [ 1, %6 ]
  %23 = phi ptr [ %8, %15 ], [ %20, %16 ], [ null, %6 ]
  switch i32 %22, label %28 [
    i32 0, label %24
    i32 4, label %24
  ]

24:                                               ; preds = %21, %21
  %25 = add nuw nsw i32 %9, 1
  %26 = add nuw nsw i32 %10, 1
  %27 = icmp eq i32 %25, 64
  br i1 %27, label %28, label %6, !llvm.loop !12

28:                                               ; preds = %24, %21
  %29 = phi ptr [ null, %24 ], [ %23, %21 ]
  %30 = icmp eq ptr %29, null
  br i1 %30, label %34, label %31

31:                                               ; preds = %28
  %32 = getelementptr inbounds nuw i8, ptr %29, i64 16
  %33 = load i32, ptr %32, align 4, !tbaa !15
  br label %34

34:                                               ; preds = %31, %28
  %35 = phi i32 [ %33, %31 ], [ 0, %28 ]
  br label %36

36:                                               ; preds = %34, %54
  %37 = phi i32 [ %56, %54 ], [ -1350441785, %34 ]
  %38 = phi ptr [ %53, %54 ], [ undef, %34 ]
  %39 = phi i32 [ %55, %54 ], [ 0, %34 ]
  %40 = and i32 %37, 63
  %41 = zext nneg i32 %40 to i64
  %42 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %41
  %43 = getelementptr inbounds nuw i8, ptr %42, i64 20
  %44 = load i32, ptr %43, align 4, !tbaa !10
  switch i32 %44, label %46 [
    i32 0, label %51
    i32 2, label %45
  ]

45:                                               ; preds = %36
  br label %51

46:                                               ; preds = %36
  %47 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %42, ptr noundef nonnull readonly dereferenceable(5) @.str.1) #9
  %48 = icmp eq i32 %47, 0
  %49 = zext i1 %48 to i32
  %50 = select i1 %48, ptr %42, ptr %38
  br label %51

51:                                               ; preds = %46, %45, %36
  %52 = phi i32 [ 4, %45 ], [ %49, %46 ], [ 1, %36 ]
  %53 = phi ptr [ %38, %45 ], [ %50, %46 ], [ null, %36 ]
  switch i32 %52, label %58 [
    i32 0, label %54
    i32 4, label %54
  ]

54:                                               ; preds = %51, %51
  %55 = add nuw nsw i32 %39, 1
  %56 = add nuw nsw i32 %40, 1
  %57 = icmp eq i32 %55, 64
  br i1 %57, label %58, label %36, !llvm.loop !12

58:                                               ; preds = %54, %51
  %59 = phi ptr [ null, %54 ], [ %53, %51 ]
  %60 = icmp eq ptr %59, null
  br i1 %60, label %64, label %61

61:                                               ; preds = %58
  %62 = getelementptr inbounds nuw i8, ptr %59, i64 16
  %63 = load i32, ptr %62, align 4, !tbaa !15
  br label %64

64:                                               ; preds = %61, %58
  %65 = phi i32 [ %63, %61 ], [ 0, %58 ]
  br label %66

66:                                               ; preds = %64, %84
  %67 = phi i32 [ %86, %84 ], [ 1702111423, %64 ]
  %68 = phi ptr [ %83, %84 ], [ undef, %64 ]
  %69 = phi i32 [ %85, %84 ], [ 0, %64 ]
  %70 = and i32 %67, 63
  %71 = zext nneg i32 %70 to i64
  %72 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %71
  %73 = getelementptr inbounds nuw i8, ptr %72, i64 20
  %74 = load i32, ptr %73, align 4, !tbaa !10
  switch i32 %74, label %76 [
    i32 0, label %81
    i32 2, label %75
  ]

75:                                               ; preds = %66
  br label %81

76:                                               ; preds = %66
  %77 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %72, ptr noundef nonnull readonly dereferenceable(5) @.str.5) #9
  %78 = icmp eq i32 %77, 0
  %79 = zext i1 %78 to i32
  %80 = select i1 %78, ptr %72, ptr %68
  br label %81

81:                                               ; preds = %76, %75, %66
  %82 = phi i32 [ 4, %75 ], [ %79, %76 ], [ 1, %66 ]
  %83 = phi ptr [ %68, %75 ], [ %80, %76 ], [ null, %66 ]
  switch i32 %82, label %88 [
    i32 0, label %84
    i32 4, label %84
  ]

84:                                               ; preds = %81, %81
  %85 = add nuw nsw i32 %69, 1
  %86 = add nuw nsw i32 %70, 1
  %87 = icmp eq i32 %85, 64
  br i1 %87, label %88, label %66, !llvm.loop !12

88:                                               ; preds = %84, %81
  %89 = phi ptr [ null, %84 ], [ %83, %81 ]
  %90 = icmp eq ptr %89, null
  br i1 %90, label %94, label %91

91:                                               ; preds = %88
  %92 = getelementptr inbounds nuw i8, ptr %89, i64 16
  %93 = load i32, ptr %92, align 4, !tbaa !15
  br label %94

94:                                               ; preds = %91, %88
  %95 = phi i32 [ %93, %91 ], [ 0, %88 ]
  br label %96

96:                                               ; preds = %94, %114
  %97 = phi i32 [ %116, %114 ], [ -1975534040, %94 ]
  %98 = phi ptr [ %113, %114 ], [ undef, %94 ]
  %99 = phi i32 [ %115, %114 ], [ 0, %94 ]
  %100 = and i32 %97, 63
  %101 = zext nneg i32 %100 to i64
  %102 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %101
  %103 = getelementptr inbounds nuw i8, ptr %102, i64 20
  %104 = load i32, ptr %103, align 4, !tbaa !10
  switch i32 %104, label %106 [
    i32 0, label %111
    i32 2, label %105
  ]

105:                                              ; preds = %96
  br label %111

106:                                              ; preds = %96
  %107 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %102, ptr noundef nonnull readonly dereferenceable(6) @.str.8) #9
  %108 = icmp eq i32 %107, 0
  %109 = zext i1 %108 to i32
  %110 = select i1 %108, ptr %102, ptr %98
  br label %111

111:                                              ; preds = %106, %105, %96
  %112 = phi i32 [ 4, %105 ], [ %109, %106 ], [ 1, %96 ]
  %113 = phi ptr [ %98, %105 ], [ %110, %106 ], [ null, %96 ]
  switch i32 %112, label %118 [
    i32 0, label %114
    i32 4, label %114
  ]

114:                                              ; preds = %111, %111
  %115 = add nuw nsw i32 %99, 1
  %116 = add nuw nsw i32 %100, 1
  %117 = icmp eq i32 %115, 64
  br i1 %117, label %118, label %96, !llvm.loop !12

118:                                              ; preds = %114, %111
  %119 = phi ptr [ null, %114 ], [ %113, %111 ]
  %120 = icmp eq ptr %119, null
  br i1 %120, label %124, label %121

121:                                              ; preds = %118
  %122 = getelementptr inbounds nuw i8, ptr %119, i64 16
  %123 = load i32, ptr %122, align 4, !tbaa !15
  br label %124

124:                                              ; preds = %118, %121
  %125 = phi i32 [ %123, %121 ], [ -1, %118 ]
  %126 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %5, i32 noundef %35, i32 noundef %65, i32 noundef %95, i32 noundef %125)
  br label %127

127:                                              ; preds = %124, %145
  %128 = phi i32 [ %147, %145 ], [ -1350441785, %124 ]
  %129 = phi ptr [ %144, %145 ], [ undef, %124 ]
  %130 = phi i32 [ %146, %145 ], [ 0, %124 ]
  %131 = and i32 %128, 63
  %132 = zext nneg i32 %131 to i64
  %133 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %132
  %134 = getelementptr inbounds nuw i8, ptr %133, i64 20
  %135 = load i32, ptr %134, align 4, !tbaa !10
  switch i32 %135, label %137 [
    i32 0, label %142
    i32 2, label %136
  ]

136:                                              ; preds = %127
  br label %142

137:                                              ; preds = %127
  %138 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %133, ptr noundef nonnull readonly dereferenceable(5) @.str.1) #9
  %139 = icmp eq i32 %138, 0
  %140 = zext i1 %139 to i32
  %141 = select i1 %139, ptr %133, ptr %129
  br label %142

142:                                              ; preds = %137, %136, %127
  %143 = phi i32 [ 4, %136 ], [ %140, %137 ], [ 1, %127 ]
  %144 = phi ptr [ %129, %136 ], [ %141, %137 ], [ null, %127 ]
  switch i32 %143, label %149 [
    i32 0, label %145
    i32 4, label %145
  ]

145:                                              ; preds = %142, %142
  %146 = add nuw nsw i32 %130, 1
  %147 = add nuw nsw i32 %131, 1
  %148 = icmp eq i32 %146, 64
  br i1 %148, label %149, label %127, !llvm.loop !12

149:                                              ; preds = %145, %142
  %150 = phi ptr [ null, %145 ], [ %144, %142 ]
  %151 = icmp eq ptr %150, null
  br i1 %151, label %156, label %152

152:                                              ; preds = %149
  %153 = getelementptr inbounds nuw i8, ptr %150, i64 20
  store i32 2, ptr %153, align 4, !tbaa !10
  %154 = load i32, ptr %4, align 4, !tbaa !5
  %155 = add nsw i32 %154, -1
  store i32 %155, ptr %4, align 4, !tbaa !5
  br label %156

156:                                              ; preds = %152, %149
  br label %157

157:                                              ; preds = %156, %175
  %158 = phi i32 [ %177, %175 ], [ 1383968394, %156 ]
  %159 = phi ptr [ %174, %175 ], [ undef, %156 ]
  %160 = phi i32 [ %176, %175 ], [ 0, %156 ]
  %161 = and i32 %158, 63
  %162 = zext nneg i32 %161 to i64
  %163 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %162
  %164 = getelementptr inbounds nuw i8, ptr %163, i64 20
  %165 = load i32, ptr %164, align 4, !tbaa !10
  switch i32 %165, label %167 [
    i32 0, label %172
    i32 2, label %166
  ]

166:                                              ; preds = %157
  br label %172

167:                                              ; preds = %157
  %168 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %163, ptr noundef nonnull readonly dereferenceable(8) @.str.9) #9
  %169 = icmp eq i32 %168, 0
  %170 = zext i1 %169 to i32
  %171 = select i1 %169, ptr %163, ptr %159
  br label %172

172:                                              ; preds = %167, %166, %157
  %173 = phi i32 [ 4, %166 ], [ %170, %167 ], [ 1, %157 ]
  %174 = phi ptr [ %159, %166 ], [ %171, %167 ], [ null, %157 ]
  switch i32 %173, label %179 [
    i32 0, label %175
    i32 4, label %175
  ]

175:                                              ; preds = %172, %172
  %176 = add nuw nsw i32 %160, 1
  %177 = add nuw nsw i32 %161, 1
  %178 = icmp eq i32 %176, 64
  br i1 %178, label %179, label %157, !llvm.loop !12

179:                                              ; preds = %175, %172
  %180 = phi ptr [ null, %175 ], [ %174, %172 ]
  %181 = icmp eq ptr %180, null
  br i1 %181, label %186, label %182

182:                                              ; preds = %179
  %183 = getelementptr inbounds nuw i8, ptr %180, i64 20
  store i32 2, ptr %183, align 4, !tbaa !10
  %184 = load i32, ptr %4, align 4, !tbaa !5
  %185 = add nsw i32 %184, -1
  store i32 %185, ptr %4, align 4, !tbaa !5
  br label %186

186:                                              ; preds = %179, %182
  %187 = load i32, ptr %4, align 4, !tbaa !5
  br label %188

188:                                              ; preds = %186, %206
  %189 = phi i32 [ %208, %206 ], [ -1350441785, %186 ]
  %190 = phi ptr [ %205, %206 ], [ undef, %186 ]
  %191 = phi i32 [ %207, %206 ], [ 0, %186 ]
  %192 = and i32 %189, 63
  %193 = zext nneg i32 %192 to i64
  %194 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %193
  %195 = getelementptr inbounds nuw i8, ptr %194, i64 20
  %196 = load i32, ptr %195, align 4, !tbaa !10
  switch i32 %196, label %198 [
    i32 0, label %203
    i32 2, label %197
  ]

197:                                              ; preds = %188
  br label %203

198:                                              ; preds = %188
  %199 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %194, ptr noundef nonnull readonly dereferenceable(5) @.str.1) #9
  %200 = icmp eq i32 %199, 0
  %201 = zext i1 %200 to i32
  %202 = select i1 %200, ptr %194, ptr %190
  br label %203

203:                                              ; preds = %198, %197, %188
  %204 = phi i32 [ 4, %197 ], [ %201, %198 ], [ 1, %188 ]
  %205 = phi ptr [ %190, %197 ], [ %202, %198 ], [ null, %188 ]
  switch i32 %204, label %210 [
    i32 0, label %206
    i32 4, label %206
  ]

206:                                              ; preds = %203, %203
  %207 = add nuw nsw i32 %191, 1
  %208 = add nuw nsw i32 %192, 1
  %209 = icmp eq i32 %207, 64
  br i1 %209, label %210, label %188, !llvm.loop !12

210:                                              ; preds = %206, %203
  %211 = phi ptr [ null, %206 ], [ %205, %203 ]
  %212 = icmp eq ptr %211, null
  br i1 %212, label %216, label %213

213:                                              ; preds = %210
  %214 = getelementptr inbounds nuw i8, ptr %211, i64 16
  %215 = load i32, ptr %214, align 4, !tbaa !15
  br label %216

216:                                              ; preds = %213, %210
  %217 = phi i32 [ %215, %213 ], [ -1, %210 ]
  br label %218

218:                                              ; preds = %216, %236
  %219 = phi i32 [ %238, %236 ], [ -802614262, %216 ]
  %220 = phi ptr [ %235, %236 ], [ undef, %216 ]
  %221 = phi i32 [ %237, %236 ], [ 0, %216 ]
  %222 = and i32 %219, 63
  %223 = zext nneg i32 %222 to i64
  %224 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %223
  %225 = getelementptr inbounds nuw i8, ptr %224, i64 20
  %226 = load i32, ptr %225, align 4, !tbaa !10
  switch i32 %226, label %228 [
    i32 0, label %233
    i32 2, label %227
  ]

227:                                              ; preds = %218
  br label %233

228:                                              ; preds = %218
  %229 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %224, ptr noundef nonnull readonly dereferenceable(6) @.str.2) #9
  %230 = icmp eq i32 %229, 0
  %231 = zext i1 %230 to i32
  %232 = select i1 %230, ptr %224, ptr %220
  br label %233

233:                                              ; preds = %228, %227, %218
  %234 = phi i32 [ 4, %227 ], [ %231, %228 ], [ 1, %218 ]
  %235 = phi ptr [ %220, %227 ], [ %232, %228 ], [ null, %218 ]
  switch i32 %234, label %240 [
    i32 0, label %236
    i32 4, label %236
  ]

236:                                              ; preds = %233, %233
  %237 = add nuw nsw i32 %221, 1
  %238 = add nuw nsw i32 %222, 1
  %239 = icmp eq i32 %237, 64
  br i1 %239, label %240, label %218, !llvm.loop !12

240:                                              ; preds = %236, %233
  %241 = phi ptr [ null, %236 ], [ %235, %233 ]
  %242 = icmp eq ptr %241, null
  br i1 %242, label %246, label %243

243:                                              ; preds = %240
  %244 = getelementptr inbounds nuw i8, ptr %241, i64 16
  %245 = load i32, ptr %244, align 4, !tbaa !15
  br label %246

246:                                              ; preds = %240, %243
  %247 = phi i32 [ %245, %243 ], [ -1, %240 ]
  %248 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %187, i32 noundef %217, i32 noundef %247)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #10
  %249 = getelementptr inbounds nuw i8, ptr %1, i64 1
  %250 = getelementptr inbounds nuw i8, ptr %1, i64 2
  br label %302

251:                                              ; preds = %0, %298
  %252 = phi i64 [ 0, %0 ], [ %300, %298 ]
  %253 = getelementptr inbounds nuw [10 x ptr], ptr @__const.main.words, i64 0, i64 %252
  %254 = load ptr, ptr %253, align 8, !tbaa !16
  %255 = load i8, ptr %254, align 1, !tbaa !19
  %256 = icmp eq i8 %255, 0
  br i1 %256, label %267, label %257

257:                                              ; preds = %251, %257
  %258 = phi i8 [ %265, %257 ], [ %255, %251 ]
  %259 = phi i32 [ %264, %257 ], [ -2128831035, %251 ]
  %260 = phi ptr [ %261, %257 ], [ %254, %251 ]
  %261 = getelementptr inbounds nuw i8, ptr %260, i64 1
  %262 = zext i8 %258 to i32
  %263 = xor i32 %259, %262
  %264 = mul i32 %263, 16777619
  %265 = load i8, ptr %261, align 1, !tbaa !19
  %266 = icmp eq i8 %265, 0
  br i1 %266, label %267, label %257, !llvm.loop !20

267:                                              ; preds = %257, %251
  %268 = phi i32 [ -2128831035, %251 ], [ %264, %257 ]
  br label %269

269:                                              ; preds = %267, %287
  %270 = phi i32 [ %289, %287 ], [ %268, %267 ]
  %271 = phi ptr [ %286, %287 ], [ undef, %267 ]
  %272 = phi i32 [ %288, %287 ], [ 0, %267 ]
  %273 = and i32 %270, 63
  %274 = zext nneg i32 %273 to i64
  %275 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %274
  %276 = getelementptr inbounds nuw i8, ptr %275, i64 20
  %277 = load i32, ptr %276, align 4, !tbaa !10
  switch i32 %277, label %279 [
    i32 0, label %284
    i32 2, label %278
  ]

278:                                              ; preds = %269
  br label %284

279:                                              ; preds = %269
  %280 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %275, ptr noundef nonnull readonly dereferenceable(1) %254) #9
  %281 = icmp eq i32 %280, 0
  %282 = zext i1 %281 to i32
  %283 = select i1 %281, ptr %275, ptr %271
  br label %284

284:                                              ; preds = %279, %278, %269
  %285 = phi i32 [ 4, %278 ], [ %282, %279 ], [ 1, %269 ]
  %286 = phi ptr [ %271, %278 ], [ %283, %279 ], [ null, %269 ]
  switch i32 %285, label %291 [
    i32 0, label %287
    i32 4, label %287
  ]

287:                                              ; preds = %284, %284
  %288 = add nuw nsw i32 %272, 1
  %289 = add nuw nsw i32 %273, 1
  %290 = icmp eq i32 %288, 64
  br i1 %290, label %291, label %269, !llvm.loop !12

291:                                              ; preds = %287, %284
  %292 = phi ptr [ null, %287 ], [ %286, %284 ]
  %293 = icmp eq ptr %292, null
  br i1 %293, label %298, label %294

294:                                              ; preds = %291
  %295 = getelementptr inbounds nuw i8, ptr %292, i64 16
  %296 = load i32, ptr %295, align 4, !tbaa !15
  %297 = add nsw i32 %296, 1
  br label %298

298:                                              ; preds = %291, %294
  %299 = phi i32 [ %297, %294 ], [ 1, %291 ]
  tail call fastcc void @put(ptr noundef %2, ptr noundef nonnull %254, i32 noundef %299)
  %300 = add nuw nsw i64 %252, 1
  %301 = icmp eq i64 %300, 10
  br i1 %301, label %3, label %251, !llvm.loop !21

302:                                              ; preds = %246, %302
  %303 = phi i32 [ 0, %246 ], [ %311, %302 ]
  %304 = urem i32 %303, 26
  %305 = trunc nuw nsw i32 %304 to i8
  %306 = add nuw nsw i8 %305, 97
  store i8 %306, ptr %1, align 16, !tbaa !19
  %307 = udiv i32 %303, 26
  %308 = trunc nuw nsw i32 %307 to i8
  %309 = or disjoint i8 %308, 48
  store i8 %309, ptr %249, align 1, !tbaa !19
  store i8 0, ptr %250, align 2, !tbaa !19
  %310 = mul nuw nsw i32 %303, %303
  call fastcc void @put(ptr noundef %2, ptr noundef nonnull %1, i32 noundef %310)
  %311 = add nuw nsw i32 %303, 1
  %312 = icmp eq i32 %311, 40
  br i1 %312, label %346, label %302, !llvm.loop !22

313:                                              ; preds = %358
  %314 = load i32, ptr %4, align 4, !tbaa !5
  br label %315

315:                                              ; preds = %313, %333
  %316 = phi i32 [ %335, %333 ], [ -1943264068, %313 ]
  %317 = phi ptr [ %332, %333 ], [ undef, %313 ]
  %318 = phi i32 [ %334, %333 ], [ 0, %313 ]
  %319 = and i32 %316, 63
  %320 = zext nneg i32 %319 to i64
  %321 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %320
  %322 = getelementptr inbounds nuw i8, ptr %321, i64 20
  %323 = load i32, ptr %322, align 4, !tbaa !10
  switch i32 %323, label %325 [
    i32 0, label %330
    i32 2, label %324
  ]

324:                                              ; preds = %315
  br label %330

325:                                              ; preds = %315
  %326 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %321, ptr noundef nonnull readonly dereferenceable(3) @.str.12) #9
  %327 = icmp eq i32 %326, 0
  %328 = zext i1 %327 to i32
  %329 = select i1 %327, ptr %321, ptr %317
  br label %330

330:                                              ; preds = %325, %324, %315
  %331 = phi i32 [ 4, %324 ], [ %328, %325 ], [ 1, %315 ]
  %332 = phi ptr [ %317, %324 ], [ %329, %325 ], [ null, %315 ]
  switch i32 %331, label %337 [
    i32 0, label %333
    i32 4, label %333
  ]

333:                                              ; preds = %330, %330
  %334 = add nuw nsw i32 %318, 1
  %335 = add nuw nsw i32 %319, 1
  %336 = icmp eq i32 %334, 64
  br i1 %336, label %337, label %315, !llvm.loop !12

337:                                              ; preds = %333, %330
  %338 = phi ptr [ null, %333 ], [ %332, %330 ]
  %339 = icmp eq ptr %338, null
  br i1 %339, label %343, label %340

340:                                              ; preds = %337
  %341 = getelementptr inbounds nuw i8, ptr %338, i64 16
  %342 = load i32, ptr %341, align 4, !tbaa !15
  br label %343

343:                                              ; preds = %337, %340
  %344 = phi i32 [ %342, %340 ], [ -1, %337 ]
  %345 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %314, i64 noundef %359, i32 noundef %344)
  tail call void @free(ptr noundef %2) #10
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #10
  ret i32 0

346:                                              ; preds = %302, %358
  %347 = phi i64 [ %360, %358 ], [ 0, %302 ]
  %348 = phi i64 [ %359, %358 ], [ 0, %302 ]
  %349 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %347
  %350 = getelementptr inbounds nuw i8, ptr %349, i64 20
  %351 = load i32, ptr %350, align 4, !tbaa !10
  %352 = icmp eq i32 %351, 1
  br i1 %352, label %353, label %358

353:                                              ; preds = %346
  %354 = getelementptr inbounds nuw i8, ptr %349, i64 16
  %355 = load i32, ptr %354, align 4, !tbaa !15
  %356 = sext i32 %355 to i64
  %357 = add nsw i64 %348, %356
  br label %358

358:                                              ; preds = %346, %353
  %359 = phi i64 [ %357, %353 ], [ %348, %346 ]
  %360 = add nuw nsw i64 %347, 1
  %361 = icmp eq i64 %360, 64
  br i1 %361, label %313, label %346, !llvm.loop !23
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: nofree norecurse nounwind memory(readwrite, inaccessiblemem: none) uwtable
define internal fastcc void @put(ptr noundef %0, ptr noundef readonly captures(none) %1, i32 noundef %2) unnamed_addr #3 {
  %4 = load i8, ptr %1, align 1, !tbaa !19
  %5 = icmp eq i8 %4, 0
  br i1 %5, label %16, label %6

6:                                                ; preds = %3, %6
  %7 = phi i8 [ %14, %6 ], [ %4, %3 ]
  %8 = phi i32 [ %13, %6 ], [ -2128831035, %3 ]
  %9 = phi ptr [ %10, %6 ], [ %1, %3 ]
  %10 = getelementptr inbounds nuw i8, ptr %9, i64 1
  %11 = zext i8 %7 to i32
  %12 = xor i32 %8, %11
  %13 = mul i32 %12, 16777619
  %14 = load i8, ptr %10, align 1, !tbaa !19
  %15 = icmp eq i8 %14, 0
  br i1 %15, label %16, label %6, !llvm.loop !20

16:                                               ; preds = %6, %3
  %17 = phi i32 [ -2128831035, %3 ], [ %13, %6 ]
  br label %18

18:                                               ; preds = %16, %43
  %19 = phi i32 [ %45, %43 ], [ %17, %16 ]
  %20 = phi ptr [ %42, %43 ], [ undef, %16 ]
  %21 = phi i32 [ %44, %43 ], [ 0, %16 ]
  %22 = phi ptr [ %40, %43 ], [ null, %16 ]
  %23 = and i32 %19, 63
  %24 = zext nneg i32 %23 to i64
  %25 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %0, i64 0, i64 %24
  %26 = getelementptr inbounds nuw i8, ptr %25, i64 20
  %27 = load i32, ptr %26, align 4, !tbaa !10
  switch i32 %27, label %34 [
    i32 0, label %28
    i32 2, label %31
  ]

28:                                               ; preds = %18
  %29 = icmp eq ptr %22, null
  %30 = select i1 %29, ptr %25, ptr %22
  br label %39

31:                                               ; preds = %18
  %32 = icmp eq ptr %22, null
  %33 = select i1 %32, ptr %25, ptr %22
  br label %39

34:                                               ; preds = %18
  %35 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %25, ptr noundef nonnull readonly dereferenceable(1) %1) #9
  %36 = icmp eq i32 %35, 0
  %37 = zext i1 %36 to i32
  %38 = select i1 %36, ptr %25, ptr %20
  br label %39

39:                                               ; preds = %34, %31, %28
  %40 = phi ptr [ %22, %28 ], [ %33, %31 ], [ %22, %34 ]
  %41 = phi i32 [ 1, %28 ], [ 4, %31 ], [ %37, %34 ]
  %42 = phi ptr [ %30, %28 ], [ %20, %31 ], [ %38, %34 ]
  switch i32 %41, label %47 [
    i32 0, label %43
    i32 4, label %43
  ]

43:                                               ; preds = %39, %39
  %44 = add nuw nsw i32 %21, 1
  %45 = add nuw nsw i32 %23, 1
  %46 = icmp eq i32 %44, 64
  br i1 %46, label %47, label %18, !llvm.loop !12

47:                                               ; preds = %39, %43
  %48 = phi ptr [ %40, %43 ], [ %42, %39 ]
  %49 = getelementptr inbounds nuw i8, ptr %48, i64 20
  %50 = load i32, ptr %49, align 4, !tbaa !10
  %51 = icmp eq i32 %50, 1
  br i1 %51, label %57, label %52

52:                                               ; preds = %47
  %53 = tail call ptr @strcpy(ptr noundef nonnull dereferenceable(1) %48, ptr noundef nonnull dereferenceable(1) %1) #10
  store i32 1, ptr %49, align 4, !tbaa !10
  %54 = getelementptr inbounds nuw i8, ptr %0, i64 1536
  %55 = load i32, ptr %54, align 4, !tbaa !5
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %54, align 4, !tbaa !5
  br label %57

57:                                               ; preds = %52, %47
  %58 = getelementptr inbounds nuw i8, ptr %48, i64 16
  store i32 %2, ptr %58, align 4, !tbaa !15
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare ptr @strcpy(ptr noalias noundef returned writeonly, ptr noalias noundef readonly captures(none)) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr noundef captures(none), ptr noundef captures(none)) local_unnamed_addr #7

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nounwind memory(readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind allocsize(0,1) }
attributes #9 = { nounwind willreturn memory(read) }
attributes #10 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !9, i64 1536}
!6 = !{!"Table", !7, i64 0, !9, i64 1536}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!"int", !7, i64 0}
!10 = !{!11, !9, i64 20}
!11 = !{!"Entry", !7, i64 0, !9, i64 16, !9, i64 20}
!12 = distinct !{!12, !13, !14}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = !{!11, !9, i64 16}
!16 = !{!17, !17, i64 0}
!17 = !{!"p1 omnipotent char", !18, i64 0}
!18 = !{!"any pointer", !7, i64 0}
!19 = !{!7, !7, i64 0}
!20 = distinct !{!20, !13, !14}
!21 = distinct !{!21, !13, !14}
!22 = distinct !{!22, !13, !14}
!23 = distinct !{!23, !13, !14}
