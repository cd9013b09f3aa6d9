; ModuleID = 'strrev.c'
source_filename = "strrev.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.s = private unnamed_addr constant [18 x i8] c"Hello, JIT world!\00", align 16
@.str.1 = private unnamed_addr constant [8 x i8] c"racecar\00", align 1
@.str.2 = private unnamed_addr constant [28 x i8] c"A man a plan a canal Panama\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"hello\00", align 1
@.str.4 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.5 = private unnamed_addr constant [3 x i8] c"ab\00", align 1
@.str.6 = private unnamed_addr constant [28 x i8] c"Was it a car or a cat I saw\00", align 1
@__const.main.cands = private unnamed_addr constant [6 x ptr] [ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 16
@.str.7 = private unnamed_addr constant [12 x i8] c"'%s' -> %d\0A\00", align 1
@__const.main.words = private unnamed_addr constant [26 x i8] c"the quick brown fox jumps\00", align 16
@__const.main.up = private unnamed_addr constant [20 x i8] c"Mixed Case 123 text\00", align 16
@.str.8 = private unnamed_addr constant [19 x i8] c"atoi: %d %d %d %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"  12345\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"-987\00", align 1
@.str.11 = private unnamed_addr constant [7 x i8] c"+42abc\00", align 1
@.str.13 = private unnamed_addr constant [10 x i8] c"itoa: %s \00", align 1
@.str.14 = private unnamed_addr constant [4 x i8] c"%s \00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [18 x i8], align 16
  %2 = alloca [26 x i8], align 16
  %3 = alloca [20 x i8], align 16
  %4 = alloca [80 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 18, ptr nonnull %1) #6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(18) %1, ptr noundef nonnull align 16 dereferenceable(18) @__const.main.s, i64 18, i1 false)
  %5 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #7
  %6 = trunc i64 %5 to i32
  %7 = icmp sgt i32 %6, 1
  br i1 %7, label %8, label %21

8:                                                ; preds = %0
  %9 = and i64 %5, 2147483647
  %10 = add nsw i64 %9, -1
  br label %11

11:                                               ; preds = %11, %8
  %12 = phi i64 [ 0, %8 ], [ %18, %11 ]
  %13 = phi i64 [ %10, %8 ], [ %19, %11 ]
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 %12
  %15 = load i8, ptr %14, align 1, !tbaa !5
  %16 = getelementptr inbounds i8, ptr %1, i64 %13
  %17 = load i8, ptr %16, align 1, !tbaa !5
  store i8 %17, ptr %14, align 1, !tbaa !5
  store i8 %15, ptr %16, align 1, !tbaa !5
  %18 = add nuw nsw i64 %12, 1
  %19 = add nsw i64 %13, -1
  %20 = icmp slt i64 %18, %19
  br i1 %20, label %11, label %21, !llvm.loop !8

21:                                               ; preds = %11, %0
  %22 = call i32 @puts(ptr nonnull dereferenceable(1) %1)
  br label %79

23:                                               ; preds = %139
  call void @llvm.lifetime.start.p0(i64 26, ptr nonnull %2) #6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(26) %2, ptr noundef nonnull align 16 dereferenceable(26) @__const.main.words, i64 26, i1 false)
  %24 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %2) #7
  %25 = trunc i64 %24 to i32
  %26 = icmp sgt i32 %25, 1
  br i1 %26, label %27, label %40

27:                                               ; preds = %23
  %28 = and i64 %24, 2147483647
  %29 = add nsw i64 %28, -1
  br label %30

30:                                               ; preds = %30, %27
  %31 = phi i64 [ 0, %27 ], [ %37, %30 ]
  %32 = phi i64 [ %29, %27 ], [ %38, %30 ]
  %33 = getelementptr inbounds nuw i8, ptr %2, i64 %31
  %34 = load i8, ptr %33, align 1, !tbaa !5
  %35 = getelementptr inbounds i8, ptr %2, i64 %32
  %36 = load i8, ptr %35, align 1, !tbaa !5
  store i8 %36, ptr %33, align 1, !tbaa !5
  store i8 %34, ptr %35, align 1, !tbaa !5
  %37 = add nuw nsw i64 %31, 1
  %38 = add nsw i64 %32, -1
  %39 = icmp slt i64 %37, %38
  br i1 %39, label %30, label %40, !llvm.loop !8

40:                                               ; preds = %30, %23
  %41 = icmp slt i32 %25, 0
  br i1 %41, label %75, label %42

42:                                               ; preds = %40
  %43 = add nuw nsw i64 %24, 1
  %44 = and i64 %43, 4294967295
  br label %45

45:                                               ; preds = %71, %42
  %46 = phi i64 [ 0, %42 ], [ %73, %71 ]
  %47 = phi i32 [ 0, %42 ], [ %72, %71 ]
  %48 = getelementptr inbounds nuw i8, ptr %2, i64 %46
  %49 = load i8, ptr %48, align 1, !tbaa !5
  switch i8 %49, label %71 [
    i8 32, label %50
    i8 0, label %50
  ]

50:                                               ; preds = %45, %45
  %51 = sext i32 %47 to i64
  %52 = getelementptr inbounds i8, ptr %2, i64 %51
  %53 = trunc nuw nsw i64 %46 to i32
  %54 = sub nsw i32 %53, %47
  %55 = icmp sgt i32 %54, 1
  br i1 %55, label %56, label %69

56:                                               ; preds = %50
  %57 = zext nneg i32 %54 to i64
  %58 = add nsw i64 %57, -1
  br label %59

59:                                               ; preds = %59, %56
  %60 = phi i64 [ 0, %56 ], [ %66, %59 ]
  %61 = phi i64 [ %58, %56 ], [ %67, %59 ]
  %62 = getelementptr inbounds nuw i8, ptr %52, i64 %60
  %63 = load i8, ptr %62, align 1, !tbaa !5
  %64 = getelementptr inbounds i8, ptr %52, i64 %61
  %65 = load i8, ptr %64, align 1, !tbaa !5
  store i8 %65, ptr %62, align 1, !tbaa !5
  store i8 %63, ptr %64, align 1, !tbaa !5
  %66 = add nuw nsw i64 %60, 1
  %67 = add nsw i64 %61, -1
  %68 = icmp slt i64 %66, %67
  br i1 %68, label %59, label %69, !llvm.loop !8

69:                                               ; preds = %59, %50
  %70 = add i32 %53, 1
  br label %71

71:                                               ; preds = %69, %45
  %72 = phi i32 [ %70, %69 ], [ %47, %45 ]
  %73 = add nuw nsw i64 %46, 1
  %74 = icmp eq i64 %73, %44
  br i1 %74, label %75, label %45, !llvm.loop !11

75:                                               ; preds = %71, %40
  %76 = call i32 @puts(ptr nonnull dereferenceable(1) %2)
  call void @llvm.lifetime.start.p0(i64 20, ptr nonnull %3) #6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(20) %3, ptr noundef nonnull align 16 dereferenceable(20) @__const.main.up, i64 20, i1 false)
  %77 = load i8, ptr %3, align 16, !tbaa !5
  %78 = icmp eq i8 %77, 0
  br i1 %78, label %144, label %278

79:                                               ; preds = %21, %139
  %80 = phi i64 [ 0, %21 ], [ %142, %139 ]
  %81 = getelementptr inbounds nuw [6 x ptr], ptr @__const.main.cands, i64 0, i64 %80
  %82 = load ptr, ptr %81, align 8, !tbaa !12
  %83 = tail call i64 @strlen(ptr noundef nonnull readonly dereferenceable(1) %82) #7
  %84 = trunc i64 %83 to i32
  %85 = add nsw i32 %84, -1
  br label %86

86:                                               ; preds = %118, %79
  %87 = phi i32 [ %85, %79 ], [ %136, %118 ]
  %88 = phi i32 [ 0, %79 ], [ %138, %118 ]
  %89 = icmp slt i32 %88, %87
  br i1 %89, label %90, label %139

90:                                               ; preds = %86
  %91 = sext i32 %88 to i64
  %92 = sext i32 %87 to i64
  br label %93

93:                                               ; preds = %98, %90
  %94 = phi i64 [ %91, %90 ], [ %99, %98 ]
  %95 = getelementptr inbounds i8, ptr %82, i64 %94
  %96 = load i8, ptr %95, align 1, !tbaa !5
  %97 = icmp eq i8 %96, 32
  br i1 %97, label %98, label %101

98:                                               ; preds = %93
  %99 = add nsw i64 %94, 1
  %100 = icmp eq i64 %99, %92
  br i1 %100, label %103, label %93, !llvm.loop !15

101:                                              ; preds = %93
  %102 = trunc nsw i64 %94 to i32
  br label %103

103:                                              ; preds = %98, %101
  %104 = phi i32 [ %102, %101 ], [ %87, %98 ]
  %105 = icmp slt i32 %104, %87
  br i1 %105, label %106, label %118

106:                                              ; preds = %103
  %107 = sext i32 %104 to i64
  br label %108

108:                                              ; preds = %113, %106
  %109 = phi i64 [ %92, %106 ], [ %114, %113 ]
  %110 = getelementptr inbounds i8, ptr %82, i64 %109
  %111 = load i8, ptr %110, align 1, !tbaa !5
  %112 = icmp eq i8 %111, 32
  br i1 %112, label %113, label %116

113:                                              ; preds = %108
  %114 = add nsw i64 %109, -1
  %115 = icmp sgt i64 %114, %107
  br i1 %115, label %108, label %118, !llvm.loop !16

116:                                              ; preds = %108
  %117 = trunc nsw i64 %109 to i32
  br label %118

118:                                              ; preds = %113, %116, %103
  %119 = phi i32 [ %87, %103 ], [ %117, %116 ], [ %104, %113 ]
  %120 = sext i32 %104 to i64
  %121 = getelementptr inbounds i8, ptr %82, i64 %120
  %122 = load i8, ptr %121, align 1, !tbaa !5
  %123 = add i8 %122, -65
  %124 = icmp ult i8 %123, 26
  %125 = add nuw i8 %122, 32
  %126 = select i1 %124, i8 %125, i8 %122
  %127 = sext i32 %119 to i64
  %128 = getelementptr inbounds i8, ptr %82, i64 %127
  %129 = load i8, ptr %128, align 1, !tbaa !5
  %130 = add i8 %129, -65
  %131 = icmp ult i8 %130, 26
  %132 = add nuw i8 %129, 32
  %133 = select i1 %131, i8 %132, i8 %129
  %134 = icmp eq i8 %126, %133
  %135 = sext i1 %134 to i32
  %136 = add nsw i32 %119, %135
  %137 = zext i1 %134 to i32
  %138 = add nsw i32 %104, %137
  br i1 %134, label %86, label %139, !llvm.loop !17

139:                                              ; preds = %86, %118
  %140 = phi i32 [ 0, %118 ], [ 1, %86 ]
  %141 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull %82, i32 noundef %140)
  %142 = add nuw nsw i64 %80, 1
  %143 = icmp eq i64 %142, 6
  br i1 %143, label %23, label %79, !llvm.loop !18

144:                                              ; preds = %285, %75
  %145 = call i32 @puts(ptr nonnull dereferenceable(1) %3)
  br label %146

146:                                              ; preds = %149, %144
  %147 = phi ptr [ @.str.9, %144 ], [ %150, %149 ]
  %148 = load i8, ptr %147, align 1, !tbaa !5
  switch i8 %148, label %155 [
    i8 32, label %149
    i8 45, label %151
    i8 43, label %151
  ]

149:                                              ; preds = %146
  %150 = getelementptr inbounds nuw i8, ptr %147, i64 1
  br label %146, !llvm.loop !19

151:                                              ; preds = %146, %146
  %152 = getelementptr inbounds nuw i8, ptr %147, i64 1
  %153 = icmp eq i8 %148, 45
  %154 = select i1 %153, i32 -1, i32 1
  br label %155

155:                                              ; preds = %146, %151
  %156 = phi ptr [ %152, %151 ], [ %147, %146 ]
  %157 = phi i32 [ %154, %151 ], [ 1, %146 ]
  %158 = load i8, ptr %156, align 1, !tbaa !5
  %159 = add i8 %158, -48
  %160 = icmp ult i8 %159, 10
  br i1 %160, label %161, label %173

161:                                              ; preds = %155, %161
  %162 = phi i8 [ %170, %161 ], [ %158, %155 ]
  %163 = phi i32 [ %169, %161 ], [ 0, %155 ]
  %164 = phi ptr [ %166, %161 ], [ %156, %155 ]
  %165 = mul nsw i32 %163, 10
  %166 = getelementptr inbounds nuw i8, ptr %164, i64 1
  %167 = add nsw i8 %162, -48
  %168 = zext nneg i8 %167 to i32
  %169 = add nsw i32 %165, %168
  %170 = load i8, ptr %166, align 1, !tbaa !5
  %171 = add i8 %170, -48
  %172 = icmp ult i8 %171, 10
  br i1 %172, label %161, label %173, !llvm.loop !20

173:                                              ; preds = %161, %155
  %174 = phi i32 [ 0, %155 ], [ %169, %161 ]
  %175 = mul nsw i32 %174, %157
  br label %176

176:                                              ; preds = %173, %176
  %177 = phi i8 [ %185, %176 ], [ 57, %173 ]
  %178 = phi i32 [ %184, %176 ], [ 0, %173 ]
  %179 = phi ptr [ %181, %176 ], [ getelementptr inbounds nuw (i8, ptr @.str.10, i64 1), %173 ]
  %180 = mul nsw i32 %178, 10
  %181 = getelementptr inbounds nuw i8, ptr %179, i64 1
  %182 = add nsw i8 %177, -48
  %183 = zext nneg i8 %182 to i32
  %184 = add nsw i32 %180, %183
  %185 = load i8, ptr %181, align 1, !tbaa !5
  %186 = add i8 %185, -48
  %187 = icmp ult i8 %186, 10
  br i1 %187, label %176, label %188, !llvm.loop !20

188:                                              ; preds = %176
  %189 = sub nsw i32 0, %184
  br label %190

190:                                              ; preds = %188, %190
  %191 = phi i8 [ %199, %190 ], [ 52, %188 ]
  %192 = phi i32 [ %198, %190 ], [ 0, %188 ]
  %193 = phi ptr [ %195, %190 ], [ getelementptr inbounds nuw (i8, ptr @.str.11, i64 1), %188 ]
  %194 = mul nsw i32 %192, 10
  %195 = getelementptr inbounds nuw i8, ptr %193, i64 1
  %196 = add nsw i8 %191, -48
  %197 = zext nneg i8 %196 to i32
  %198 = add nsw i32 %194, %197
  %199 = load i8, ptr %195, align 1, !tbaa !5
  %200 = add i8 %199, -48
  %201 = icmp ult i8 %200, 10
  br i1 %201, label %190, label %202, !llvm.loop !20

202:                                              ; preds = %190
  %203 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %175, i32 noundef %189, i32 noundef %198, i32 noundef 0)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %4) #6
  %204 = getelementptr inbounds nuw i8, ptr %4, i64 1
  store i8 48, ptr %4, align 16, !tbaa !5
  store i8 0, ptr %204, align 1, !tbaa !5
  %205 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, ptr noundef nonnull %4)
  br label %206

206:                                              ; preds = %206, %202
  %207 = phi i64 [ -9223372036854775808, %202 ], [ %214, %206 ]
  %208 = phi i64 [ 0, %202 ], [ %213, %206 ]
  %209 = getelementptr inbounds nuw i8, ptr %4, i64 %208
  %210 = urem i64 %207, 10
  %211 = trunc nuw nsw i64 %210 to i8
  %212 = or disjoint i8 %211, 48
  %213 = add nuw nsw i64 %208, 1
  store i8 %212, ptr %209, align 1, !tbaa !5
  %214 = udiv i64 %207, 10
  %215 = icmp eq i64 %208, 18
  br i1 %215, label %216, label %206, !llvm.loop !21

216:                                              ; preds = %206
  %217 = getelementptr inbounds nuw i8, ptr %4, i64 %208
  %218 = getelementptr inbounds nuw i8, ptr %4, i64 %213
  %219 = getelementptr inbounds nuw i8, ptr %217, i64 2
  store i8 45, ptr %218, align 1, !tbaa !5
  store i8 0, ptr %219, align 1, !tbaa !5
  br label %220

220:                                              ; preds = %220, %216
  %221 = phi i64 [ 0, %216 ], [ %227, %220 ]
  %222 = phi i64 [ 19, %216 ], [ %228, %220 ]
  %223 = getelementptr inbounds nuw i8, ptr %4, i64 %221
  %224 = load i8, ptr %223, align 1, !tbaa !5
  %225 = getelementptr inbounds i8, ptr %4, i64 %222
  %226 = load i8, ptr %225, align 1, !tbaa !5
  store i8 %226, ptr %223, align 1, !tbaa !5
  store i8 %224, ptr %225, align 1, !tbaa !5
  %227 = add nuw nsw i64 %221, 1
  %228 = add nsw i64 %222, -1
  %229 = icmp eq i64 %227, 10
  br i1 %229, label %230, label %220, !llvm.loop !8

230:                                              ; preds = %220
  %231 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef nonnull %4)
  br label %232

232:                                              ; preds = %232, %230
  %233 = phi i64 [ 255, %230 ], [ %244, %232 ]
  %234 = phi i64 [ 0, %230 ], [ %243, %232 ]
  %235 = getelementptr inbounds nuw i8, ptr %4, i64 %234
  %236 = and i64 %233, 15
  %237 = trunc nuw nsw i64 %236 to i32
  %238 = icmp samesign ult i64 %236, 10
  %239 = or disjoint i32 %237, 48
  %240 = add nuw nsw i32 %237, 87
  %241 = select i1 %238, i32 %239, i32 %240
  %242 = trunc nuw nsw i32 %241 to i8
  %243 = add nuw nsw i64 %234, 1
  store i8 %242, ptr %235, align 1, !tbaa !5
  %244 = lshr i64 %233, 4
  %245 = icmp eq i64 %234, 1
  br i1 %245, label %246, label %232, !llvm.loop !21

246:                                              ; preds = %232
  %247 = getelementptr inbounds nuw i8, ptr %4, i64 %243
  store i8 0, ptr %247, align 1, !tbaa !5
  %248 = load i8, ptr %4, align 16, !tbaa !5
  %249 = getelementptr inbounds nuw i8, ptr %4, i64 1
  %250 = load i8, ptr %249, align 1, !tbaa !5
  store i8 %250, ptr %4, align 16, !tbaa !5
  store i8 %248, ptr %249, align 1, !tbaa !5
  %251 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef nonnull %4)
  br label %252

252:                                              ; preds = %252, %246
  %253 = phi i64 [ 5, %246 ], [ %260, %252 ]
  %254 = phi i64 [ 0, %246 ], [ %259, %252 ]
  %255 = getelementptr inbounds nuw i8, ptr %4, i64 %254
  %256 = trunc nuw nsw i64 %253 to i8
  %257 = and i8 %256, 1
  %258 = or disjoint i8 %257, 48
  %259 = add nuw nsw i64 %254, 1
  store i8 %258, ptr %255, align 1, !tbaa !5
  %260 = lshr i64 %253, 1
  %261 = icmp eq i64 %254, 2
  br i1 %261, label %262, label %252, !llvm.loop !21

262:                                              ; preds = %252
  %263 = getelementptr inbounds nuw i8, ptr %4, i64 %254
  %264 = getelementptr inbounds nuw i8, ptr %4, i64 %259
  %265 = getelementptr inbounds nuw i8, ptr %263, i64 2
  store i8 45, ptr %264, align 1, !tbaa !5
  store i8 0, ptr %265, align 1, !tbaa !5
  br label %266

266:                                              ; preds = %266, %262
  %267 = phi i64 [ 0, %262 ], [ %273, %266 ]
  %268 = phi i64 [ 3, %262 ], [ %274, %266 ]
  %269 = getelementptr inbounds nuw i8, ptr %4, i64 %267
  %270 = load i8, ptr %269, align 1, !tbaa !5
  %271 = getelementptr inbounds i8, ptr %4, i64 %268
  %272 = load i8, ptr %271, align 1, !tbaa !5
  store i8 %272, ptr %269, align 1, !tbaa !5
  store i8 %270, ptr %271, align 1, !tbaa !5
  %273 = add nuw nsw i64 %267, 1
  %274 = add nsw i64 %268, -1
  %275 = icmp eq i64 %273, 2
  br i1 %275, label %276, label %266, !llvm.loop !8

276:                                              ; preds = %266
  %277 = call i32 @puts(ptr nonnull dereferenceable(1) %4)
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %4) #6
  call void @llvm.lifetime.end.p0(i64 20, ptr nonnull %3) #6
  call void @llvm.lifetime.end.p0(i64 26, ptr nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 18, ptr nonnull %1) #6
  ret i32 0

278:                                              ; preds = %75, %285
  %279 = phi i8 [ %287, %285 ], [ %77, %75 ]
  %280 = phi ptr [ %286, %285 ], [ %3, %75 ]
  %281 = add i8 %279, -97
  %282 = icmp ult i8 %281, 26
  br i1 %282, label %283, label %285

283:                                              ; preds = %278
  %284 = add nsw i8 %279, -32
  store i8 %284, ptr %280, align 1, !tbaa !5
  br label %285

285:                                              ; preds = %278, %283
  %286 = getelementptr inbounds nuw i8, ptr %280, i64 1
  %287 = load i8, ptr %286, align 1, !tbaa !5
  %288 = icmp eq i8 %287, 0
  br i1 %288, label %144, label %278, !llvm.loop !22
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr noundef captures(none)) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr noundef readonly captures(none)) local_unnamed_addr #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !9, !10}
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 omnipotent char", !14, i64 0}
!14 = !{!"any pointer", !6, i64 0}
!15 = distinct !{!15, !9, !10}
!16 = distinct !{!16, !9, !10}
!17 = distinct !{!17, !9, !10}
!18 = distinct !{!18, !9, !10}
!19 = distinct !{!19, !9, !10}
!20 = distinct !{!20, !9, !10}
!21 = distinct !{!21, !9, !10}
!22 = distinct !{!22, !9, !10}
