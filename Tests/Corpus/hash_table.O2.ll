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

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [16 x i8], align 16
  %2 = tail call noalias dereferenceable_or_null(1540) ptr @calloc(i64 noundef 1, i64 noundef 1540) #7
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 1536
  br label %172

4:                                                ; preds = %256, %15
  %5 = phi i32 [ %17, %15 ], [ 1569418667, %256 ]
  %6 = phi i32 [ %16, %15 ], [ 0, %256 ]
  %7 = and i32 %5, 63
  %8 = zext nneg i32 %7 to i64
  %9 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %8
  %10 = getelementptr inbounds nuw i8, ptr %9, i64 20
  %11 = load i32, ptr %10, align 4, !tbaa !5
  switch i32 %11, label %12 [
    i32 0, label %22
    i32 2, label %15
  ]

12:                                               ; preds = %4
  %13 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %9, ptr noundef nonnull readonly dereferenceable(6) @.str) #8
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %19, label %15

15:                                               ; preds = %12, %4
  %16 = add nuw nsw i32 %6, 1
  %17 = add nuw nsw i32 %7, 1
  %18 = icmp eq i32 %16, 64
  br i1 %18, label %22, label %4, !llvm.loop !10

19:                                               ; preds = %12
  %20 = getelementptr inbounds nuw i8, ptr %9, i64 16
  %21 = load i32, ptr %20, align 4, !tbaa !12
  br label %22

22:                                               ; preds = %4, %15, %19
  %23 = phi i32 [ %21, %19 ], [ %11, %4 ], [ 0, %15 ]
  br label %24

24:                                               ; preds = %22, %35
  %25 = phi i32 [ %37, %35 ], [ -1350441785, %22 ]
  %26 = phi i32 [ %36, %35 ], [ 0, %22 ]
  %27 = and i32 %25, 63
  %28 = zext nneg i32 %27 to i64
  %29 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %28
  %30 = getelementptr inbounds nuw i8, ptr %29, i64 20
  %31 = load i32, ptr %30, align 4, !tbaa !5
  switch i32 %31, label %32 [
    i32 0, label %42
    i32 2, label %35
  ]

32:                                               ; preds = %24
  %33 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %29, ptr noundef nonnull readonly dereferenceable(5) @.str.1) #8
  %34 = icmp eq i32 %33, 0
  br i1 %34, label %39, label %35

35:                                               ; preds = %32, %24
  %36 = add nuw nsw i32 %26, 1
  %37 = add nuw nsw i32 %27, 1
  %38 = icmp eq i32 %36, 64
  br i1 %38, label %42, label %24, !llvm.loop !10

39:                                               ; preds = %32
  %40 = getelementptr inbounds nuw i8, ptr %29, i64 16
  %41 = load i32, ptr %40, align 4, !tbaa !12
  br label %42

42:                                               ; preds = %24, %35, %39
  %43 = phi i32 [ %41, %39 ], [ %31, %24 ], [ 0, %35 ]
  br label %44

44:                                               ; preds = %42, %55
  %45 = phi i32 [ %57, %55 ], [ 1702111423, %42 ]
  %46 = phi i32 [ %56, %55 ], [ 0, %42 ]
  %47 = and i32 %45, 63
  %48 = zext nneg i32 %47 to i64
  %49 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %48
  %50 = getelementptr inbounds nuw i8, ptr %49, i64 20
  %51 = load i32, ptr %50, align 4, !tbaa !5
  switch i32 %51, label %52 [
    i32 0, label %62
    i32 2, label %55
  ]

52:                                               ; preds = %44
  %53 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %49, ptr noundef nonnull readonly dereferenceable(5) @.str.5) #8
  %54 = icmp eq i32 %53, 0
  br i1 %54, label %59, label %55

55:                                               ; preds = %52, %44
  %56 = add nuw nsw i32 %46, 1
  %57 = add nuw nsw i32 %47, 1
  %58 = icmp eq i32 %56, 64
  br i1 %58, label %62, label %44, !llvm.loop !10

59:                                               ; preds = %52
  %60 = getelementptr inbounds nuw i8, ptr %49, i64 16
  %61 = load i32, ptr %60, align 4, !tbaa !12
  br label %62

62:                                               ; preds = %44, %55, %59
  %63 = phi i32 [ %61, %59 ], [ %51, %44 ], [ 0, %55 ]
  br label %64

64:                                               ; preds = %62, %75
  %65 = phi i32 [ %77, %75 ], [ -1975534040, %62 ]
  %66 = phi i32 [ %76, %75 ], [ 0, %62 ]
  %67 = and i32 %65, 63
  %68 = zext nneg i32 %67 to i64
  %69 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %68
  %70 = getelementptr inbounds nuw i8, ptr %69, i64 20
  %71 = load i32, ptr %70, align 4, !tbaa !5
  switch i32 %71, label %72 [
    i32 0, label %82
    i32 2, label %75
  ]

72:                                               ; preds = %64
  %73 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %69, ptr noundef nonnull readonly dereferenceable(6) @.str.8) #8
  %74 = icmp eq i32 %73, 0
  br i1 %74, label %79, label %75

75:                                               ; preds = %72, %64
  %76 = add nuw nsw i32 %66, 1
  %77 = add nuw nsw i32 %67, 1
  %78 = icmp eq i32 %76, 64
  br i1 %78, label %82, label %64, !llvm.loop !10

79:                                               ; preds = %72
  %80 = getelementptr inbounds nuw i8, ptr %69, i64 16
  %81 = load i32, ptr %80, align 4, !tbaa !12
  br label %82

82:                                               ; preds = %64, %75, %79
  %83 = phi i32 [ %81, %79 ], [ -1, %75 ], [ -1, %64 ]
  %84 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %257, i32 noundef %23, i32 noundef %43, i32 noundef %63, i32 noundef %83)
  br label %85

85:                                               ; preds = %82, %96
  %86 = phi i32 [ %98, %96 ], [ -1350441785, %82 ]
  %87 = phi i32 [ %97, %96 ], [ 0, %82 ]
  %88 = and i32 %86, 63
  %89 = zext nneg i32 %88 to i64
  %90 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %89
  %91 = getelementptr inbounds nuw i8, ptr %90, i64 20
  %92 = load i32, ptr %91, align 4, !tbaa !5
  switch i32 %92, label %93 [
    i32 0, label %104
    i32 2, label %96
  ]

93:                                               ; preds = %85
  %94 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %90, ptr noundef nonnull readonly dereferenceable(5) @.str.1) #8
  %95 = icmp eq i32 %94, 0
  br i1 %95, label %100, label %96

96:                                               ; preds = %93, %85
  %97 = add nuw nsw i32 %87, 1
  %98 = add nuw nsw i32 %88, 1
  %99 = icmp eq i32 %97, 64
  br i1 %99, label %104, label %85, !llvm.loop !10

100:                                              ; preds = %93
  %101 = getelementptr inbounds nuw i8, ptr %90, i64 20
  store i32 2, ptr %101, align 4, !tbaa !5
  %102 = load i32, ptr %3, align 4, !tbaa !13
  %103 = add nsw i32 %102, -1
  store i32 %103, ptr %3, align 4, !tbaa !13
  br label %104

104:                                              ; preds = %85, %96, %100
  %105 = phi i32 [ 0, %100 ], [ %92, %85 ], [ 0, %96 ]
  br label %106

106:                                              ; preds = %104, %117
  %107 = phi i32 [ %119, %117 ], [ 1383968394, %104 ]
  %108 = phi i32 [ %118, %117 ], [ %105, %104 ]
  %109 = and i32 %107, 63
  %110 = zext nneg i32 %109 to i64
  %111 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %110
  %112 = getelementptr inbounds nuw i8, ptr %111, i64 20
  %113 = load i32, ptr %112, align 4, !tbaa !5
  switch i32 %113, label %114 [
    i32 0, label %125
    i32 2, label %117
  ]

114:                                              ; preds = %106
  %115 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %111, ptr noundef nonnull readonly dereferenceable(8) @.str.9) #8
  %116 = icmp eq i32 %115, 0
  br i1 %116, label %121, label %117

117:                                              ; preds = %114, %106
  %118 = add nuw nsw i32 %108, 1
  %119 = add nuw nsw i32 %109, 1
  %120 = icmp eq i32 %118, 64
  br i1 %120, label %125, label %106, !llvm.loop !10

121:                                              ; preds = %114
  %122 = getelementptr inbounds nuw i8, ptr %111, i64 20
  store i32 2, ptr %122, align 4, !tbaa !5
  %123 = load i32, ptr %3, align 4, !tbaa !13
  %124 = add nsw i32 %123, -1
  store i32 %124, ptr %3, align 4, !tbaa !13
  br label %127

125:                                              ; preds = %117, %106
  %126 = load i32, ptr %3, align 4, !tbaa !13
  br label %127

127:                                              ; preds = %125, %121
  %128 = phi i32 [ %126, %125 ], [ %124, %121 ]
  br label %129

129:                                              ; preds = %127, %140
  %130 = phi i32 [ %142, %140 ], [ -1350441785, %127 ]
  %131 = phi i32 [ %141, %140 ], [ 0, %127 ]
  %132 = and i32 %130, 63
  %133 = zext nneg i32 %132 to i64
  %134 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %133
  %135 = getelementptr inbounds nuw i8, ptr %134, i64 20
  %136 = load i32, ptr %135, align 4, !tbaa !5
  switch i32 %136, label %137 [
    i32 0, label %147
    i32 2, label %140
  ]

137:                                              ; preds = %129
  %138 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %134, ptr noundef nonnull readonly dereferenceable(5) @.str.1) #8
  %139 = icmp eq i32 %138, 0
  br i1 %139, label %144, label %140

140:                                              ; preds = %137, %129
  %141 = add nuw nsw i32 %131, 1
  %142 = add nuw nsw i32 %132, 1
  %143 = icmp eq i32 %141, 64
  br i1 %143, label %147, label %129, !llvm.loop !10

144:                                              ; preds = %137
  %145 = getelementptr inbounds nuw i8, ptr %134, i64 16
  %146 = load i32, ptr %145, align 4, !tbaa !12
  br label %147

147:                                              ; preds = %129, %140, %144
  %148 = phi i32 [ %146, %144 ], [ -1, %140 ], [ -1, %129 ]
  br label %149

149:                                              ; preds = %147, %160
  %150 = phi i32 [ %162, %160 ], [ -802614262, %147 ]
  %151 = phi i32 [ %161, %160 ], [ 0, %147 ]
  %152 = and i32 %150, 63
  %153 = zext nneg i32 %152 to i64
  %154 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %153
  %155 = getelementptr inbounds nuw i8, ptr %154, i64 20
  %156 = load i32, ptr %155, align 4, !tbaa !5
  switch i32 %156, label %157 [
    i32 0, label %167
    i32 2, label %160
  ]

157:                                              ; preds = %149
  %158 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %154, ptr noundef nonnull readonly dereferenceable(6) @.str.2) #8
  %159 = icmp eq i32 %158, 0
  br i1 %159, label %164, label %160

160:                                              ; preds = %157, %149
  %161 = add nuw nsw i32 %151, 1
  %162 = add nuw nsw i32 %152, 1
  %163 = icmp eq i32 %161, 64
  br i1 %163, label %167, label %149, !llvm.loop !10

164:                                              ; preds = %157
  %165 = getelementptr inbounds nuw i8, ptr %154, i64 16
  %166 = load i32, ptr %165, align 4, !tbaa !12
  br label %167

167:                                              ; preds = %149, %160, %164
  %168 = phi i32 [ %166, %164 ], [ -1, %160 ], [ -1, %149 ]
  %169 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %128, i32 noundef %148, i32 noundef %168)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #9
  %170 = getelementptr inbounds nuw i8, ptr %1, i64 1
  %171 = getelementptr inbounds nuw i8, ptr %1, i64 2
  br label %261

172:                                              ; preds = %0, %256
  %173 = phi i32 [ 0, %0 ], [ %257, %256 ]
  %174 = phi i64 [ 0, %0 ], [ %259, %256 ]
  %175 = getelementptr inbounds nuw [10 x ptr], ptr @__const.main.words, i64 0, i64 %174
  %176 = load ptr, ptr %175, align 8, !tbaa !15
  %177 = load i8, ptr %176, align 1, !tbaa !18
  %178 = icmp eq i8 %177, 0
  br i1 %178, label %189, label %179

179:                                              ; preds = %172, %179
  %180 = phi i8 [ %187, %179 ], [ %177, %172 ]
  %181 = phi i32 [ %186, %179 ], [ -2128831035, %172 ]
  %182 = phi ptr [ %183, %179 ], [ %176, %172 ]
  %183 = getelementptr inbounds nuw i8, ptr %182, i64 1
  %184 = zext i8 %180 to i32
  %185 = xor i32 %181, %184
  %186 = mul i32 %185, 16777619
  %187 = load i8, ptr %183, align 1, !tbaa !18
  %188 = icmp eq i8 %187, 0
  br i1 %188, label %189, label %179, !llvm.loop !19

189:                                              ; preds = %179, %172
  %190 = phi i32 [ -2128831035, %172 ], [ %186, %179 ]
  br label %191

191:                                              ; preds = %189, %202
  %192 = phi i32 [ %204, %202 ], [ %190, %189 ]
  %193 = phi i32 [ %203, %202 ], [ 0, %189 ]
  %194 = and i32 %192, 63
  %195 = zext nneg i32 %194 to i64
  %196 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %195
  %197 = getelementptr inbounds nuw i8, ptr %196, i64 20
  %198 = load i32, ptr %197, align 4, !tbaa !5
  switch i32 %198, label %199 [
    i32 0, label %210
    i32 2, label %202
  ]

199:                                              ; preds = %191
  %200 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %196, ptr noundef nonnull readonly dereferenceable(1) %176) #8
  %201 = icmp eq i32 %200, 0
  br i1 %201, label %206, label %202

202:                                              ; preds = %199, %191
  %203 = add nuw nsw i32 %193, 1
  %204 = add nuw nsw i32 %194, 1
  %205 = icmp eq i32 %203, 64
  br i1 %205, label %210, label %191, !llvm.loop !10

206:                                              ; preds = %199
  %207 = getelementptr inbounds nuw i8, ptr %196, i64 16
  %208 = load i32, ptr %207, align 4, !tbaa !12
  %209 = add nsw i32 %208, 1
  br label %210

210:                                              ; preds = %191, %202, %206
  %211 = phi i32 [ %209, %206 ], [ 1, %202 ], [ 1, %191 ]
  br i1 %178, label %222, label %212

212:                                              ; preds = %210, %212
  %213 = phi i8 [ %220, %212 ], [ %177, %210 ]
  %214 = phi i32 [ %219, %212 ], [ -2128831035, %210 ]
  %215 = phi ptr [ %216, %212 ], [ %176, %210 ]
  %216 = getelementptr inbounds nuw i8, ptr %215, i64 1
  %217 = zext i8 %213 to i32
  %218 = xor i32 %214, %217
  %219 = mul i32 %218, 16777619
  %220 = load i8, ptr %216, align 1, !tbaa !18
  %221 = icmp eq i8 %220, 0
  br i1 %221, label %222, label %212, !llvm.loop !19

222:                                              ; preds = %212, %210
  %223 = phi i32 [ -2128831035, %210 ], [ %219, %212 ]
  br label %224

224:                                              ; preds = %222, %242
  %225 = phi i32 [ %245, %242 ], [ %223, %222 ]
  %226 = phi i32 [ %244, %242 ], [ 0, %222 ]
  %227 = phi ptr [ %243, %242 ], [ null, %222 ]
  %228 = and i32 %225, 63
  %229 = zext nneg i32 %228 to i64
  %230 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %229
  %231 = getelementptr inbounds nuw i8, ptr %230, i64 20
  %232 = load i32, ptr %231, align 4, !tbaa !5
  switch i32 %232, label %239 [
    i32 0, label %233
    i32 2, label %236
  ]

233:                                              ; preds = %224
  %234 = icmp eq ptr %227, null
  %235 = select i1 %234, ptr %230, ptr %227
  br label %247

236:                                              ; preds = %224
  %237 = icmp eq ptr %227, null
  %238 = select i1 %237, ptr %230, ptr %227
  br label %242

239:                                              ; preds = %224
  %240 = tail call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %230, ptr noundef nonnull readonly dereferenceable(1) %176) #8
  %241 = icmp eq i32 %240, 0
  br i1 %241, label %247, label %242

242:                                              ; preds = %239, %236
  %243 = phi ptr [ %238, %236 ], [ %227, %239 ]
  %244 = add nuw nsw i32 %226, 1
  %245 = add nuw nsw i32 %228, 1
  %246 = icmp eq i32 %244, 64
  br i1 %246, label %247, label %224, !llvm.loop !10

247:                                              ; preds = %242, %239, %233
  %248 = phi ptr [ %235, %233 ], [ %230, %239 ], [ %243, %242 ]
  %249 = getelementptr inbounds nuw i8, ptr %248, i64 20
  %250 = load i32, ptr %249, align 4, !tbaa !5
  %251 = icmp eq i32 %250, 1
  br i1 %251, label %256, label %252

252:                                              ; preds = %247
  %253 = tail call ptr @strcpy(ptr noundef nonnull dereferenceable(1) %248, ptr noundef nonnull readonly dereferenceable(1) %176) #9
  store i32 1, ptr %249, align 4, !tbaa !5
  %254 = load i32, ptr %3, align 4, !tbaa !13
  %255 = add nsw i32 %254, 1
  store i32 %255, ptr %3, align 4, !tbaa !13
  br label %256

256:                                              ; preds = %247, %252
  %257 = phi i32 [ %173, %247 ], [ %255, %252 ]
  %258 = getelementptr inbounds nuw i8, ptr %248, i64 16
  store i32 %211, ptr %258, align 4, !tbaa !12
  %259 = add nuw nsw i64 %174, 1
  %260 = icmp eq i64 %259, 10
  br i1 %260, label %4, label %172, !llvm.loop !20

261:                                              ; preds = %167, %315
  %262 = phi i32 [ 0, %167 ], [ %317, %315 ]
  %263 = add nuw nsw i32 %262, 230
  %264 = icmp samesign ult i32 %262, 26
  %265 = select i1 %264, i32 %262, i32 %263
  %266 = trunc i32 %265 to i8
  %267 = add nuw i8 %266, 97
  store i8 %267, ptr %1, align 16, !tbaa !18
  %268 = icmp samesign ugt i32 %262, 25
  %269 = zext i1 %268 to i8
  %270 = or disjoint i8 %269, 48
  store i8 %270, ptr %170, align 1, !tbaa !18
  store i8 0, ptr %171, align 2, !tbaa !18
  br label %271

271:                                              ; preds = %261, %271
  %272 = phi i8 [ %279, %271 ], [ %267, %261 ]
  %273 = phi i32 [ %278, %271 ], [ -2128831035, %261 ]
  %274 = phi ptr [ %275, %271 ], [ %1, %261 ]
  %275 = getelementptr inbounds nuw i8, ptr %274, i64 1
  %276 = zext i8 %272 to i32
  %277 = xor i32 %273, %276
  %278 = mul i32 %277, 16777619
  %279 = load i8, ptr %275, align 1, !tbaa !18
  %280 = icmp eq i8 %279, 0
  br i1 %280, label %281, label %271, !llvm.loop !19

281:                                              ; preds = %271
  %282 = mul nuw nsw i32 %262, %262
  br label %283

283:                                              ; preds = %281, %301
  %284 = phi i32 [ %304, %301 ], [ %278, %281 ]
  %285 = phi i32 [ %303, %301 ], [ 0, %281 ]
  %286 = phi ptr [ %302, %301 ], [ null, %281 ]
  %287 = and i32 %284, 63
  %288 = zext nneg i32 %287 to i64
  %289 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %288
  %290 = getelementptr inbounds nuw i8, ptr %289, i64 20
  %291 = load i32, ptr %290, align 4, !tbaa !5
  switch i32 %291, label %298 [
    i32 0, label %292
    i32 2, label %295
  ]

292:                                              ; preds = %283
  %293 = icmp eq ptr %286, null
  %294 = select i1 %293, ptr %289, ptr %286
  br label %306

295:                                              ; preds = %283
  %296 = icmp eq ptr %286, null
  %297 = select i1 %296, ptr %289, ptr %286
  br label %301

298:                                              ; preds = %283
  %299 = call i32 @strcmp(ptr noundef nonnull readonly dereferenceable(1) %289, ptr noundef nonnull readonly dereferenceable(1) %1) #8
  %300 = icmp eq i32 %299, 0
  br i1 %300, label %306, label %301

301:                                              ; preds = %298, %295
  %302 = phi ptr [ %297, %295 ], [ %286, %298 ]
  %303 = add nuw nsw i32 %285, 1
  %304 = add nuw nsw i32 %287, 1
  %305 = icmp eq i32 %303, 64
  br i1 %305, label %306, label %283, !llvm.loop !10

306:                                              ; preds = %301, %298, %292
  %307 = phi ptr [ %294, %292 ], [ %289, %298 ], [ %302, %301 ]
  %308 = getelementptr inbounds nuw i8, ptr %307, i64 20
  %309 = load i32, ptr %308, align 4, !tbaa !5
  %310 = icmp eq i32 %309, 1
  br i1 %310, label %315, label %311

311:                                              ; preds = %306
  %312 = call ptr @strcpy(ptr noundef nonnull dereferenceable(1) %307, ptr noundef nonnull readonly dereferenceable(1) %1) #9
  store i32 1, ptr %308, align 4, !tbaa !5
  %313 = load i32, ptr %3, align 4, !tbaa !13
  %314 = add nsw i32 %313, 1
  store i32 %314, ptr %3, align 4, !tbaa !13
  br label %315

315:                                              ; preds = %306, %311
  %316 = getelementptr inbounds nuw i8, ptr %307, i64 16
  store i32 %282, ptr %316, align 4, !tbaa !12
  %317 = add nuw nsw i32 %262, 1
  %318 = icmp eq i32 %317, 40
  br i1 %318, label %350, label %261, !llvm.loop !21

319:                                              ; preds = %374
  %320 = load i32, ptr %3, align 4, !tbaa !13
  br label %321

321:                                              ; preds = %319, %340
  %322 = phi i32 [ %342, %340 ], [ -1943264068, %319 ]
  %323 = phi i32 [ %341, %340 ], [ 0, %319 ]
  %324 = and i32 %322, 63
  %325 = zext nneg i32 %324 to i64
  %326 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %325
  %327 = getelementptr inbounds nuw i8, ptr %326, i64 20
  %328 = load i32, ptr %327, align 4, !tbaa !5
  switch i32 %328, label %329 [
    i32 0, label %347
    i32 2, label %340
  ]

329:                                              ; preds = %321
  %330 = load i8, ptr %326, align 1
  %331 = icmp eq i8 %330, 98
  br i1 %331, label %332, label %340

332:                                              ; preds = %329
  %333 = getelementptr inbounds nuw i8, ptr %326, i64 1
  %334 = load i8, ptr %333, align 1
  %335 = icmp eq i8 %334, 49
  br i1 %335, label %336, label %340

336:                                              ; preds = %332
  %337 = getelementptr inbounds nuw i8, ptr %326, i64 2
  %338 = load i8, ptr %337, align 1
  %339 = icmp eq i8 %338, 0
  br i1 %339, label %344, label %340

340:                                              ; preds = %332, %329, %336, %321
  %341 = add nuw nsw i32 %323, 1
  %342 = add nuw nsw i32 %324, 1
  %343 = icmp eq i32 %341, 64
  br i1 %343, label %347, label %321, !llvm.loop !10

344:                                              ; preds = %336
  %345 = getelementptr inbounds nuw i8, ptr %326, i64 16
  %346 = load i32, ptr %345, align 4, !tbaa !12
  br label %347

347:                                              ; preds = %321, %340, %344
  %348 = phi i32 [ %346, %344 ], [ -1, %340 ], [ -1, %321 ]
  %349 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %320, i64 noundef %375, i32 noundef %348)
  tail call void @free(ptr noundef %2) #9
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #9
  ret i32 0

350:                                              ; preds = %315, %374
  %351 = phi i64 [ %376, %374 ], [ 0, %315 ]
  %352 = phi i64 [ %375, %374 ], [ 0, %315 ]
  %353 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %351
  %354 = getelementptr inbounds nuw i8, ptr %353, i64 20
  %355 = load i32, ptr %354, align 4, !tbaa !5
  %356 = icmp eq i32 %355, 1
  br i1 %356, label %357, label %362

357:                                              ; preds = %350
  %358 = getelementptr inbounds nuw i8, ptr %353, i64 16
  %359 = load i32, ptr %358, align 4, !tbaa !12
  %360 = sext i32 %359 to i64
  %361 = add nsw i64 %352, %360
  br label %362

362:                                              ; preds = %350, %357
  %363 = phi i64 [ %361, %357 ], [ %352, %350 ]
  %364 = or disjoint i64 %351, 1
  %365 = getelementptr inbounds nuw [64 x %struct.Entry], ptr %2, i64 0, i64 %364
  %366 = getelementptr inbounds nuw i8, ptr %365, i64 20
  %367 = load i32, ptr %366, align 4, !tbaa !5
  %368 = icmp eq i32 %367, 1
  br i1 %368, label %369, label %374

369:                                              ; preds = %362
  %370 = getelementptr inbounds nuw i8, ptr %365, i64 16
  %371 = load i32, ptr %370, align 4, !tbaa !12
  %372 = sext i32 %371 to i64
  %373 = add nsw i64 %363, %372
  br label %374

374:                                              ; preds = %369, %362
  %375 = phi i64 [ %373, %369 ], [ %363, %362 ]
  %376 = add nuw nsw i64 %351, 2
  %377 = icmp eq i64 %376, 64
  br i1 %377, label %319, label %350, !llvm.loop !22
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare ptr @strcpy(ptr noalias noundef returned writeonly, ptr noalias noundef readonly captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr noundef captures(none), ptr noundef captures(none)) local_unnamed_addr #6

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind allocsize(0,1) }
attributes #8 = { nounwind willreturn memory(read) }
attributes #9 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !9, i64 20}
!6 = !{!"Entry", !7, i64 0, !9, i64 16, !9, i64 20}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!"int", !7, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!6, !9, i64 16}
!13 = !{!14, !9, i64 1536}
!14 = !{!"Table", !7, i64 0, !9, i64 1536}
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 omnipotent char", !17, i64 0}
!17 = !{!"any pointer", !7, i64 0}
!18 = !{!7, !7, i64 0}
!19 = distinct !{!19, !11}
!20 = distinct !{!20, !11}
!21 = distinct !{!21, !11}
!22 = distinct !{!22, !11}
