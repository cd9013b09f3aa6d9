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
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %6, i8 0, i64 160, i1 false)
  store i32 1, ptr %6, align 8
  br label %68

11:                                               ; preds = %82
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %5)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %5, ptr noundef nonnull align 8 dereferenceable(160) %6, i64 160, i1 false)
  call void @llvm.lifetime.start.p0(i64 400, ptr nonnull %4) #5
  br label %12

12:                                               ; preds = %12, %11
  %13 = phi i64 [ 0, %11 ], [ %17, %12 ]
  %14 = getelementptr inbounds nuw [40 x i32], ptr %5, i64 0, i64 %13
  %15 = load i32, ptr %14, align 4, !tbaa !5
  %16 = icmp eq i32 %15, 0
  %17 = add nuw nsw i64 %13, 1
  %18 = icmp ne i64 %17, 40
  %19 = select i1 %16, i1 %18, i1 false
  br i1 %19, label %12, label %20, !llvm.loop !9

20:                                               ; preds = %12
  br i1 %16, label %21, label %22

21:                                               ; preds = %20
  store i8 48, ptr %4, align 16, !tbaa !12
  br label %22

22:                                               ; preds = %21, %20
  %23 = phi i64 [ 0, %20 ], [ 1, %21 ]
  br label %24

24:                                               ; preds = %22, %48
  %25 = phi i64 [ %51, %48 ], [ %23, %22 ]
  br label %26

26:                                               ; preds = %26, %24
  %27 = phi i64 [ 0, %24 ], [ %31, %26 ]
  %28 = getelementptr inbounds nuw [40 x i32], ptr %5, i64 0, i64 %27
  %29 = load i32, ptr %28, align 4, !tbaa !5
  %30 = icmp eq i32 %29, 0
  %31 = add nuw nsw i64 %27, 1
  %32 = icmp ne i64 %31, 40
  %33 = select i1 %30, i1 %32, i1 false
  br i1 %33, label %26, label %34, !llvm.loop !9

34:                                               ; preds = %26
  br i1 %30, label %53, label %35

35:                                               ; preds = %34, %35
  %36 = phi i64 [ %46, %35 ], [ 39, %34 ]
  %37 = phi i64 [ %45, %35 ], [ 0, %34 ]
  %38 = shl nuw nsw i64 %37, 32
  %39 = getelementptr inbounds nuw [40 x i32], ptr %5, i64 0, i64 %36
  %40 = load i32, ptr %39, align 4, !tbaa !5
  %41 = zext i32 %40 to i64
  %42 = or disjoint i64 %38, %41
  %43 = udiv i64 %42, 10
  %44 = trunc nuw i64 %43 to i32
  store i32 %44, ptr %39, align 4, !tbaa !5
  %45 = urem i64 %42, 10
  %46 = add nsw i64 %36, -1
  %47 = icmp eq i64 %36, 0
  br i1 %47, label %48, label %35, !llvm.loop !13

48:                                               ; preds = %35
  %49 = trunc nuw nsw i64 %45 to i8
  %50 = or disjoint i8 %49, 48
  %51 = add nuw nsw i64 %25, 1
  %52 = getelementptr inbounds nuw [400 x i8], ptr %4, i64 0, i64 %25
  store i8 %50, ptr %52, align 1, !tbaa !12
  br label %24, !llvm.loop !14

53:                                               ; preds = %34
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @.str)
  %55 = icmp eq i64 %25, 0
  br i1 %55, label %65, label %56

56:                                               ; preds = %53, %56
  %57 = phi i64 [ %58, %56 ], [ %25, %53 ]
  %58 = add nsw i64 %57, -1
  %59 = getelementptr inbounds [400 x i8], ptr %4, i64 0, i64 %58
  %60 = load i8, ptr %59, align 1, !tbaa !12
  %61 = sext i8 %60 to i32
  %62 = load ptr, ptr @stdout, align 8, !tbaa !15
  %63 = tail call i32 @putc(i32 noundef %61, ptr noundef %62)
  %64 = icmp eq i64 %58, 0
  br i1 %64, label %65, label %56, !llvm.loop !18

65:                                               ; preds = %56, %53
  %66 = load ptr, ptr @stdout, align 8, !tbaa !15
  %67 = tail call i32 @putc(i32 noundef 10, ptr noundef %66)
  call void @llvm.lifetime.end.p0(i64 400, ptr nonnull %4) #5
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %5)
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %7) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %7, i8 0, i64 160, i1 false)
  store i32 1, ptr %7, align 8, !tbaa !5
  br label %85

68:                                               ; preds = %0, %82
  %69 = phi i64 [ 2, %0 ], [ %83, %82 ]
  br label %70

70:                                               ; preds = %70, %68
  %71 = phi i64 [ 0, %68 ], [ %80, %70 ]
  %72 = phi i64 [ 0, %68 ], [ %79, %70 ]
  %73 = getelementptr inbounds nuw [40 x i32], ptr %6, i64 0, i64 %71
  %74 = load i32, ptr %73, align 4
  %75 = zext i32 %74 to i64
  %76 = mul nuw nsw i64 %69, %75
  %77 = add nuw nsw i64 %76, %72
  %78 = trunc i64 %77 to i32
  store i32 %78, ptr %73, align 4
  %79 = lshr i64 %77, 32
  %80 = add nuw nsw i64 %71, 1
  %81 = icmp eq i64 %80, 40
  br i1 %81, label %82, label %70, !llvm.loop !19

82:                                               ; preds = %70
  %83 = add nuw nsw i64 %69, 1
  %84 = icmp eq i64 %83, 51
  br i1 %84, label %11, label %68, !llvm.loop !20

85:                                               ; preds = %65, %156
  %86 = phi i32 [ 0, %65 ], [ %157, %156 ]
  br label %144

87:                                               ; preds = %156
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %3)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %3, ptr noundef nonnull align 8 dereferenceable(160) %7, i64 160, i1 false)
  call void @llvm.lifetime.start.p0(i64 400, ptr nonnull %2) #5
  br label %88

88:                                               ; preds = %88, %87
  %89 = phi i64 [ 0, %87 ], [ %93, %88 ]
  %90 = getelementptr inbounds nuw [40 x i32], ptr %3, i64 0, i64 %89
  %91 = load i32, ptr %90, align 4, !tbaa !5
  %92 = icmp eq i32 %91, 0
  %93 = add nuw nsw i64 %89, 1
  %94 = icmp ne i64 %93, 40
  %95 = select i1 %92, i1 %94, i1 false
  br i1 %95, label %88, label %96, !llvm.loop !9

96:                                               ; preds = %88
  br i1 %92, label %97, label %98

97:                                               ; preds = %96
  store i8 48, ptr %2, align 16, !tbaa !12
  br label %98

98:                                               ; preds = %97, %96
  %99 = phi i64 [ 0, %96 ], [ 1, %97 ]
  br label %100

100:                                              ; preds = %98, %124
  %101 = phi i64 [ %127, %124 ], [ %99, %98 ]
  br label %102

102:                                              ; preds = %102, %100
  %103 = phi i64 [ 0, %100 ], [ %107, %102 ]
  %104 = getelementptr inbounds nuw [40 x i32], ptr %3, i64 0, i64 %103
  %105 = load i32, ptr %104, align 4, !tbaa !5
  %106 = icmp eq i32 %105, 0
  %107 = add nuw nsw i64 %103, 1
  %108 = icmp ne i64 %107, 40
  %109 = select i1 %106, i1 %108, i1 false
  br i1 %109, label %102, label %110, !llvm.loop !9

110:                                              ; preds = %102
  br i1 %106, label %129, label %111

111:                                              ; preds = %110, %111
  %112 = phi i64 [ %122, %111 ], [ 39, %110 ]
  %113 = phi i64 [ %121, %111 ], [ 0, %110 ]
  %114 = shl nuw nsw i64 %113, 32
  %115 = getelementptr inbounds nuw [40 x i32], ptr %3, i64 0, i64 %112
  %116 = load i32, ptr %115, align 4, !tbaa !5
  %117 = zext i32 %116 to i64
  %118 = or disjoint i64 %114, %117
  %119 = udiv i64 %118, 10
  %120 = trunc nuw i64 %119 to i32
  store i32 %120, ptr %115, align 4, !tbaa !5
  %121 = urem i64 %118, 10
  %122 = add nsw i64 %112, -1
  %123 = icmp eq i64 %112, 0
  br i1 %123, label %124, label %111, !llvm.loop !13

124:                                              ; preds = %111
  %125 = trunc nuw nsw i64 %121 to i8
  %126 = or disjoint i8 %125, 48
  %127 = add nuw nsw i64 %101, 1
  %128 = getelementptr inbounds nuw [400 x i8], ptr %2, i64 0, i64 %101
  store i8 %126, ptr %128, align 1, !tbaa !12
  br label %100, !llvm.loop !14

129:                                              ; preds = %110
  %130 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @.str.1)
  %131 = icmp eq i64 %101, 0
  br i1 %131, label %141, label %132

132:                                              ; preds = %129, %132
  %133 = phi i64 [ %134, %132 ], [ %101, %129 ]
  %134 = add nsw i64 %133, -1
  %135 = getelementptr inbounds [400 x i8], ptr %2, i64 0, i64 %134
  %136 = load i8, ptr %135, align 1, !tbaa !12
  %137 = sext i8 %136 to i32
  %138 = load ptr, ptr @stdout, align 8, !tbaa !15
  %139 = tail call i32 @putc(i32 noundef %137, ptr noundef %138)
  %140 = icmp eq i64 %134, 0
  br i1 %140, label %141, label %132, !llvm.loop !18

141:                                              ; preds = %132, %129
  %142 = load ptr, ptr @stdout, align 8, !tbaa !15
  %143 = tail call i32 @putc(i32 noundef 10, ptr noundef %142)
  call void @llvm.lifetime.end.p0(i64 400, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %3)
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %9) #5
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %10) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %8, i8 0, i64 160, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(160) %9, i8 0, i64 160, i1 false)
  store i32 1, ptr %9, align 4, !tbaa !5
  br label %159

144:                                              ; preds = %85, %144
  %145 = phi i64 [ %154, %144 ], [ 0, %85 ]
  %146 = phi i64 [ %153, %144 ], [ 0, %85 ]
  %147 = getelementptr inbounds nuw [40 x i32], ptr %7, i64 0, i64 %145
  %148 = load i32, ptr %147, align 4, !tbaa !5
  %149 = zext i32 %148 to i64
  %150 = shl nuw nsw i64 %149, 1
  %151 = add nuw nsw i64 %150, %146
  %152 = trunc i64 %151 to i32
  store i32 %152, ptr %147, align 4, !tbaa !5
  %153 = lshr i64 %151, 32
  %154 = add nuw nsw i64 %145, 1
  %155 = icmp eq i64 %154, 40
  br i1 %155, label %156, label %144, !llvm.loop !19

156:                                              ; preds = %144
  %157 = add nuw nsw i32 %86, 1
  %158 = icmp eq i32 %157, 200
  br i1 %158, label %87, label %85, !llvm.loop !21

159:                                              ; preds = %141, %234
  %160 = phi i32 [ 0, %141 ], [ %235, %234 ]
  br label %218

161:                                              ; preds = %234
  call void @llvm.lifetime.start.p0(i64 400, ptr nonnull %1) #5
  br label %162

162:                                              ; preds = %162, %161
  %163 = phi i64 [ 0, %161 ], [ %167, %162 ]
  %164 = getelementptr inbounds nuw [40 x i32], ptr %8, i64 0, i64 %163
  %165 = load i32, ptr %164, align 4
  %166 = icmp eq i32 %165, 0
  %167 = add nuw nsw i64 %163, 1
  %168 = icmp ne i64 %167, 40
  %169 = select i1 %166, i1 %168, i1 false
  br i1 %169, label %162, label %170, !llvm.loop !9

170:                                              ; preds = %162
  br i1 %166, label %171, label %172

171:                                              ; preds = %170
  store i8 48, ptr %1, align 16, !tbaa !12
  br label %172

172:                                              ; preds = %171, %170
  %173 = phi i64 [ 0, %170 ], [ 1, %171 ]
  br label %174

174:                                              ; preds = %172, %198
  %175 = phi i64 [ %201, %198 ], [ %173, %172 ]
  br label %176

176:                                              ; preds = %176, %174
  %177 = phi i64 [ 0, %174 ], [ %181, %176 ]
  %178 = getelementptr inbounds nuw [40 x i32], ptr %8, i64 0, i64 %177
  %179 = load i32, ptr %178, align 4
  %180 = icmp eq i32 %179, 0
  %181 = add nuw nsw i64 %177, 1
  %182 = icmp ne i64 %181, 40
  %183 = select i1 %180, i1 %182, i1 false
  br i1 %183, label %176, label %184, !llvm.loop !9

184:                                              ; preds = %176
  br i1 %180, label %203, label %185

185:                                              ; preds = %184, %185
  %186 = phi i64 [ %196, %185 ], [ 39, %184 ]
  %187 = phi i64 [ %195, %185 ], [ 0, %184 ]
  %188 = shl nuw nsw i64 %187, 32
  %189 = getelementptr inbounds nuw [40 x i32], ptr %8, i64 0, i64 %186
  %190 = load i32, ptr %189, align 4
  %191 = zext i32 %190 to i64
  %192 = or disjoint i64 %188, %191
  %193 = udiv i64 %192, 10
  %194 = trunc nuw i64 %193 to i32
  store i32 %194, ptr %189, align 4
  %195 = urem i64 %192, 10
  %196 = add nsw i64 %186, -1
  %197 = icmp eq i64 %186, 0
  br i1 %197, label %198, label %185, !llvm.loop !13

198:                                              ; preds = %185
  %199 = trunc nuw nsw i64 %195 to i8
  %200 = or disjoint i8 %199, 48
  %201 = add nuw nsw i64 %175, 1
  %202 = getelementptr inbounds nuw [400 x i8], ptr %1, i64 0, i64 %175
  store i8 %200, ptr %202, align 1, !tbaa !12
  br label %174, !llvm.loop !14

203:                                              ; preds = %184
  %204 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @.str.2)
  %205 = icmp eq i64 %175, 0
  br i1 %205, label %215, label %206

206:                                              ; preds = %203, %206
  %207 = phi i64 [ %208, %206 ], [ %175, %203 ]
  %208 = add nsw i64 %207, -1
  %209 = getelementptr inbounds [400 x i8], ptr %1, i64 0, i64 %208
  %210 = load i8, ptr %209, align 1, !tbaa !12
  %211 = sext i8 %210 to i32
  %212 = load ptr, ptr @stdout, align 8, !tbaa !15
  %213 = tail call i32 @putc(i32 noundef %211, ptr noundef %212)
  %214 = icmp eq i64 %208, 0
  br i1 %214, label %215, label %206, !llvm.loop !18

215:                                              ; preds = %206, %203
  %216 = load ptr, ptr @stdout, align 8, !tbaa !15
  %217 = tail call i32 @putc(i32 noundef 10, ptr noundef %216)
  call void @llvm.lifetime.end.p0(i64 400, ptr nonnull %1) #5
  br label %237

218:                                              ; preds = %159, %218
  %219 = phi i64 [ %232, %218 ], [ 0, %159 ]
  %220 = phi i64 [ %231, %218 ], [ 0, %159 ]
  %221 = getelementptr inbounds nuw [40 x i32], ptr %8, i64 0, i64 %219
  %222 = load i32, ptr %221, align 4
  %223 = zext i32 %222 to i64
  %224 = getelementptr inbounds nuw [40 x i32], ptr %9, i64 0, i64 %219
  %225 = load i32, ptr %224, align 4, !tbaa !5
  %226 = zext i32 %225 to i64
  %227 = add nuw nsw i64 %220, %223
  %228 = add nuw nsw i64 %227, %226
  %229 = trunc i64 %228 to i32
  %230 = getelementptr inbounds nuw [40 x i32], ptr %10, i64 0, i64 %219
  store i32 %229, ptr %230, align 4, !tbaa !5
  %231 = lshr i64 %228, 32
  %232 = add nuw nsw i64 %219, 1
  %233 = icmp eq i64 %232, 40
  br i1 %233, label %234, label %218, !llvm.loop !22

234:                                              ; preds = %218
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %8, ptr noundef nonnull align 4 dereferenceable(160) %9, i64 160, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(160) %9, ptr noundef nonnull align 4 dereferenceable(160) %10, i64 160, i1 false), !tbaa.struct !23
  %235 = add nuw nsw i32 %160, 1
  %236 = icmp eq i32 %235, 300
  br i1 %236, label %161, label %159, !llvm.loop !24

237:                                              ; preds = %261, %215
  %238 = phi i32 [ 0, %215 ], [ %263, %261 ]
  br label %239

239:                                              ; preds = %239, %237
  %240 = phi i64 [ 0, %237 ], [ %244, %239 ]
  %241 = getelementptr inbounds nuw [40 x i32], ptr %6, i64 0, i64 %240
  %242 = load i32, ptr %241, align 4
  %243 = icmp eq i32 %242, 0
  %244 = add nuw nsw i64 %240, 1
  %245 = icmp ne i64 %244, 40
  %246 = select i1 %243, i1 %245, i1 false
  br i1 %246, label %239, label %247, !llvm.loop !9

247:                                              ; preds = %239
  br i1 %243, label %264, label %248

248:                                              ; preds = %247, %248
  %249 = phi i64 [ %259, %248 ], [ 39, %247 ]
  %250 = phi i64 [ %258, %248 ], [ 0, %247 ]
  %251 = shl nuw nsw i64 %250, 32
  %252 = getelementptr inbounds nuw [40 x i32], ptr %6, i64 0, i64 %249
  %253 = load i32, ptr %252, align 4
  %254 = zext i32 %253 to i64
  %255 = or disjoint i64 %251, %254
  %256 = udiv i64 %255, 10
  %257 = trunc nuw i64 %256 to i32
  store i32 %257, ptr %252, align 4
  %258 = urem i64 %255, 10
  %259 = add nsw i64 %249, -1
  %260 = icmp eq i64 %249, 0
  br i1 %260, label %261, label %248, !llvm.loop !13

261:                                              ; preds = %248
  %262 = trunc nuw nsw i64 %258 to i32
  %263 = add i32 %238, %262
  br label %237, !llvm.loop !25

264:                                              ; preds = %247
  %265 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %238)
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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = !{!7, !7, i64 0}
!13 = distinct !{!13, !10, !11}
!14 = distinct !{!14, !10, !11}
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 _ZTS8_IO_FILE", !17, i64 0}
!17 = !{!"any pointer", !7, i64 0}
!18 = distinct !{!18, !10, !11}
!19 = distinct !{!19, !10, !11}
!20 = distinct !{!20, !10, !11}
!21 = distinct !{!21, !10, !11}
!22 = distinct !{!22, !10, !11}
!23 = !{i64 0, i64 160, !12}
!24 = distinct !{!24, !10, !11}
!25 = distinct !{!25, !10, !11}
