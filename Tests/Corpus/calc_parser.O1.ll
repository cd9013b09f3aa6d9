; ModuleID = 'calc_parser.c'
source_filename = "calc_parser.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [10 x i8] c"1 + 2 * 3\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"(1 + 2) * 3\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"2 ^ 3 ^ 2\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"-7 / 2 + -7 % 2\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"100 - 10 - 1\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"((((42))))\00", align 1
@.str.6 = private unnamed_addr constant [22 x i8] c"2 ^ 62 + (2 ^ 62 - 1)\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"5 / (3 - 3)\00", align 1
@.str.8 = private unnamed_addr constant [8 x i8] c"3 + * 4\00", align 1
@.str.9 = private unnamed_addr constant [7 x i8] c"(1 + 2\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"12 34\00", align 1
@pos = internal unnamed_addr global ptr null, align 8
@error = internal unnamed_addr global i32 0, align 4
@.str.11 = private unnamed_addr constant [19 x i8] c"%-28s => error %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [15 x i8] c"%-28s => %lld\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  store ptr @.str, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %1 = tail call fastcc i64 @expr()
  %2 = load ptr, ptr @pos, align 8, !tbaa !5
  %3 = load i8, ptr %2, align 1, !tbaa !12
  %4 = icmp eq i8 %3, 32
  br i1 %4, label %5, label %11

5:                                                ; preds = %0, %5
  %6 = phi ptr [ %7, %5 ], [ %2, %0 ]
  %7 = getelementptr inbounds nuw i8, ptr %6, i64 1
  %8 = load i8, ptr %7, align 1, !tbaa !12
  %9 = icmp eq i8 %8, 32
  br i1 %9, label %5, label %10, !llvm.loop !13

10:                                               ; preds = %5
  store ptr %7, ptr @pos, align 8, !tbaa !5
  br label %11

11:                                               ; preds = %10, %0
  %12 = load ptr, ptr @pos, align 8, !tbaa !5
  %13 = load i8, ptr %12, align 1, !tbaa !12
  %14 = icmp eq i8 %13, 0
  br i1 %14, label %19, label %15

15:                                               ; preds = %11
  %16 = load i32, ptr @error, align 4, !tbaa !10
  %17 = icmp eq i32 %16, 0
  %18 = select i1 %17, i32 4, i32 %16
  store i32 %18, ptr @error, align 4, !tbaa !10
  br label %19

19:                                               ; preds = %15, %11
  %20 = load i32, ptr @error, align 4, !tbaa !10
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %24, label %22

22:                                               ; preds = %19
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str, i32 noundef %20)
  br label %26

24:                                               ; preds = %19
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str, i64 noundef %1)
  br label %26

26:                                               ; preds = %22, %24
  store ptr @.str.1, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %27 = tail call fastcc i64 @expr()
  %28 = load ptr, ptr @pos, align 8, !tbaa !5
  %29 = load i8, ptr %28, align 1, !tbaa !12
  %30 = icmp eq i8 %29, 32
  br i1 %30, label %31, label %37

31:                                               ; preds = %26, %31
  %32 = phi ptr [ %33, %31 ], [ %28, %26 ]
  %33 = getelementptr inbounds nuw i8, ptr %32, i64 1
  %34 = load i8, ptr %33, align 1, !tbaa !12
  %35 = icmp eq i8 %34, 32
  br i1 %35, label %31, label %36, !llvm.loop !13

36:                                               ; preds = %31
  store ptr %33, ptr @pos, align 8, !tbaa !5
  br label %37

37:                                               ; preds = %36, %26
  %38 = load ptr, ptr @pos, align 8, !tbaa !5
  %39 = load i8, ptr %38, align 1, !tbaa !12
  %40 = icmp eq i8 %39, 0
  br i1 %40, label %45, label %41

41:                                               ; preds = %37
  %42 = load i32, ptr @error, align 4, !tbaa !10
  %43 = icmp eq i32 %42, 0
  %44 = select i1 %43, i32 4, i32 %42
  store i32 %44, ptr @error, align 4, !tbaa !10
  br label %45

45:                                               ; preds = %41, %37
  %46 = load i32, ptr @error, align 4, !tbaa !10
  %47 = icmp eq i32 %46, 0
  br i1 %47, label %50, label %48

48:                                               ; preds = %45
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.1, i32 noundef %46)
  br label %52

50:                                               ; preds = %45
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.1, i64 noundef %27)
  br label %52

52:                                               ; preds = %48, %50
  store ptr @.str.2, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %53 = tail call fastcc i64 @expr()
  %54 = load ptr, ptr @pos, align 8, !tbaa !5
  %55 = load i8, ptr %54, align 1, !tbaa !12
  %56 = icmp eq i8 %55, 32
  br i1 %56, label %57, label %63

57:                                               ; preds = %52, %57
  %58 = phi ptr [ %59, %57 ], [ %54, %52 ]
  %59 = getelementptr inbounds nuw i8, ptr %58, i64 1
  %60 = load i8, ptr %59, align 1, !tbaa !12
  %61 = icmp eq i8 %60, 32
  br i1 %61, label %57, label %62, !llvm.loop !13

62:                                               ; preds = %57
  store ptr %59, ptr @pos, align 8, !tbaa !5
  br label %63

63:                                               ; preds = %62, %52
  %64 = load ptr, ptr @pos, align 8, !tbaa !5
  %65 = load i8, ptr %64, align 1, !tbaa !12
  %66 = icmp eq i8 %65, 0
  br i1 %66, label %71, label %67

67:                                               ; preds = %63
  %68 = load i32, ptr @error, align 4, !tbaa !10
  %69 = icmp eq i32 %68, 0
  %70 = select i1 %69, i32 4, i32 %68
  store i32 %70, ptr @error, align 4, !tbaa !10
  br label %71

71:                                               ; preds = %67, %63
  %72 = load i32, ptr @error, align 4, !tbaa !10
  %73 = icmp eq i32 %72, 0
  br i1 %73, label %76, label %74

74:                                               ; preds = %71
  %75 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.2, i32 noundef %72)
  br label %78

76:                                               ; preds = %71
  %77 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.2, i64 noundef %53)
  br label %78

78:                                               ; preds = %74, %76
  store ptr @.str.3, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %79 = tail call fastcc i64 @expr()
  %80 = load ptr, ptr @pos, align 8, !tbaa !5
  %81 = load i8, ptr %80, align 1, !tbaa !12
  %82 = icmp eq i8 %81, 32
  br i1 %82, label %83, label %89

83:                                               ; preds = %78, %83
  %84 = phi ptr [ %85, %83 ], [ %80, %78 ]
  %85 = getelementptr inbounds nuw i8, ptr %84, i64 1
  %86 = load i8, ptr %85, align 1, !tbaa !12
  %87 = icmp eq i8 %86, 32
  br i1 %87, label %83, label %88, !llvm.loop !13

88:                                               ; preds = %83
  store ptr %85, ptr @pos, align 8, !tbaa !5
  br label %89

89:                                               ; preds = %88, %78
  %90 = load ptr, ptr @pos, align 8, !tbaa !5
  %91 = load i8, ptr %90, align 1, !tbaa !12
  %92 = icmp eq i8 %91, 0
  br i1 %92, label %97, label %93

93:                                               ; preds = %89
  %94 = load i32, ptr @error, align 4, !tbaa !10
  %95 = icmp eq i32 %94, 0
  %96 = select i1 %95, i32 4, i32 %94
  store i32 %96, ptr @error, align 4, !tbaa !10
  br label %97

97:                                               ; preds = %93, %89
  %98 = load i32, ptr @error, align 4, !tbaa !10
  %99 = icmp eq i32 %98, 0
  br i1 %99, label %102, label %100

100:                                              ; preds = %97
  %101 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.3, i32 noundef %98)
  br label %104

102:                                              ; preds = %97
  %103 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.3, i64 noundef %79)
  br label %104

104:                                              ; preds = %100, %102
  store ptr @.str.4, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %105 = tail call fastcc i64 @expr()
  %106 = load ptr, ptr @pos, align 8, !tbaa !5
  %107 = load i8, ptr %106, align 1, !tbaa !12
  %108 = icmp eq i8 %107, 32
  br i1 %108, label %109, label %115

109:                                              ; preds = %104, %109
  %110 = phi ptr [ %111, %109 ], [ %106, %104 ]
  %111 = getelementptr inbounds nuw i8, ptr %110, i64 1
  %112 = load i8, ptr %111, align 1, !tbaa !12
  %113 = icmp eq i8 %112, 32
  br i1 %113, label %109, label %114, !llvm.loop !13

114:                                              ; preds = %109
  store ptr %111, ptr @pos, align 8, !tbaa !5
  br label %115

115:                                              ; preds = %114, %104
  %116 = load ptr, ptr @pos, align 8, !tbaa !5
  %117 = load i8, ptr %116, align 1, !tbaa !12
  %118 = icmp eq i8 %117, 0
  br i1 %118, label %123, label %119

119:                                              ; preds = %115
  %120 = load i32, ptr @error, align 4, !tbaa !10
  %121 = icmp eq i32 %120, 0
  %122 = select i1 %121, i32 4, i32 %120
  store i32 %122, ptr @error, align 4, !tbaa !10
  br label %123

123:                                              ; preds = %119, %115
  %124 = load i32, ptr @error, align 4, !tbaa !10
  %125 = icmp eq i32 %124, 0
  br i1 %125, label %128, label %126

126:                                              ; preds = %123
  %127 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.4, i32 noundef %124)
  br label %130

128:                                              ; preds = %123
  %129 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.4, i64 noundef %105)
  br label %130

130:                                              ; preds = %126, %128
  store ptr @.str.5, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %131 = tail call fastcc i64 @expr()
  %132 = load ptr, ptr @pos, align 8, !tbaa !5
  %133 = load i8, ptr %132, align 1, !tbaa !12
  %134 = icmp eq i8 %133, 32
  br i1 %134, label %135, label %141

135:                                              ; preds = %130, %135
  %136 = phi ptr [ %137, %135 ], [ %132, %130 ]
  %137 = getelementptr inbounds nuw i8, ptr %136, i64 1
  %138 = load i8, ptr %137, align 1, !tbaa !12
  %139 = icmp eq i8 %138, 32
  br i1 %139, label %135, label %140, !llvm.loop !13

140:                                              ; preds = %135
  store ptr %137, ptr @pos, align 8, !tbaa !5
  br label %141

141:                                              ; preds = %140, %130
  %142 = load ptr, ptr @pos, align 8, !tbaa !5
  %143 = load i8, ptr %142, align 1, !tbaa !12
  %144 = icmp eq i8 %143, 0
  br i1 %144, label %149, label %145

145:                                              ; preds = %141
  %146 = load i32, ptr @error, align 4, !tbaa !10
  %147 = icmp eq i32 %146, 0
  %148 = select i1 %147, i32 4, i32 %146
  store i32 %148, ptr @error, align 4, !tbaa !10
  br label %149

149:                                              ; preds = %145, %141
  %150 = load i32, ptr @error, align 4, !tbaa !10
  %151 = icmp eq i32 %150, 0
  br i1 %151, label %154, label %152

152:                                              ; preds = %149
  %153 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.5, i32 noundef %150)
  br label %156

154:                                              ; preds = %149
  %155 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.5, i64 noundef %131)
  br label %156

156:                                              ; preds = %152, %154
  store ptr @.str.6, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %157 = tail call fastcc i64 @expr()
  %158 = load ptr, ptr @pos, align 8, !tbaa !5
  %159 = load i8, ptr %158, align 1, !tbaa !12
  %160 = icmp eq i8 %159, 32
  br i1 %160, label %161, label %167

161:                                              ; preds = %156, %161
  %162 = phi ptr [ %163, %161 ], [ %158, %156 ]
  %163 = getelementptr inbounds nuw i8, ptr %162, i64 1
  %164 = load i8, ptr %163, align 1, !tbaa !12
  %165 = icmp eq i8 %164, 32
  br i1 %165, label %161, label %166, !llvm.loop !13

166:                                              ; preds = %161
  store ptr %163, ptr @pos, align 8, !tbaa !5
  br label %167

167:                                              ; preds = %166, %156
  %168 = load ptr, ptr @pos, align 8, !tbaa !5
  %169 = load i8, ptr %168, align 1, !tbaa !12
  %170 = icmp eq i8 %169, 0
  br i1 %170, label %175, label %171

171:                                              ; preds = %167
  %172 = load i32, ptr @error, align 4, !tbaa !10
  %173 = icmp eq i32 %172, 0
  %174 = select i1 %173, i32 4, i32 %172
  store i32 %174, ptr @error, align 4, !tbaa !10
  br label %175

175:                                              ; preds = %171, %167
  %176 = load i32, ptr @error, align 4, !tbaa !10
  %177 = icmp eq i32 %176, 0
  br i1 %177, label %180, label %178

178:                                              ; preds = %175
  %179 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.6, i32 noundef %176)
  br label %182

180:                                              ; preds = %175
  %181 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.6, i64 noundef %157)
  br label %182

182:                                              ; preds = %178, %180
  store ptr @.str.7, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %183 = tail call fastcc i64 @expr()
  %184 = load ptr, ptr @pos, align 8, !tbaa !5
  %185 = load i8, ptr %184, align 1, !tbaa !12
  %186 = icmp eq i8 %185, 32
  br i1 %186, label %187, label %193

187:                                              ; preds = %182, %187
  %188 = phi ptr [ %189, %187 ], [ %184, %182 ]
  %189 = getelementptr inbounds nuw i8, ptr %188, i64 1
  %190 = load i8, ptr %189, align 1, !tbaa !12
  %191 = icmp eq i8 %190, 32
  br i1 %191, label %187, label %192, !llvm.loop !13

192:                                              ; preds = %187
  store ptr %189, ptr @pos, align 8, !tbaa !5
  br label %193

193:                                              ; preds = %192, %182
  %194 = load ptr, ptr @pos, align 8, !tbaa !5
  %195 = load i8, ptr %194, align 1, !tbaa !12
  %196 = icmp eq i8 %195, 0
  br i1 %196, label %201, label %197

197:                                              ; preds = %193
  %198 = load i32, ptr @error, align 4, !tbaa !10
  %199 = icmp eq i32 %198, 0
  %200 = select i1 %199, i32 4, i32 %198
  store i32 %200, ptr @error, align 4, !tbaa !10
  br label %201

201:                                              ; preds = %197, %193
  %202 = load i32, ptr @error, align 4, !tbaa !10
  %203 = icmp eq i32 %202, 0
  br i1 %203, label %206, label %204

204:                                              ; preds = %201
  %205 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.7, i32 noundef %202)
  br label %208

206:                                              ; preds = %201
  %207 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.7, i64 noundef %183)
  br label %208

208:                                              ; preds = %204, %206
  store ptr @.str.8, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %209 = tail call fastcc i64 @expr()
  %210 = load ptr, ptr @pos, align 8, !tbaa !5
  %211 = load i8, ptr %210, align 1, !tbaa !12
  %212 = icmp eq i8 %211, 32
  br i1 %212, label %213, label %219

213:                                              ; preds = %208, %213
  %214 = phi ptr [ %215, %213 ], [ %210, %208 ]
  %215 = getelementptr inbounds nuw i8, ptr %214, i64 1
  %216 = load i8, ptr %215, align 1, !tbaa !12
  %217 = icmp eq i8 %216, 32
  br i1 %217, label %213, label %218, !llvm.loop !13

218:                                              ; preds = %213
  store ptr %215, ptr @pos, align 8, !tbaa !5
  br label %219

219:                                              ; preds = %218, %208
  %220 = load ptr, ptr @pos, align 8, !tbaa !5
  %221 = load i8, ptr %220, align 1, !tbaa !12
  %222 = icmp eq i8 %221, 0
  br i1 %222, label %227, label %223

223:                                              ; preds = %219
  %224 = load i32, ptr @error, align 4, !tbaa !10
  %225 = icmp eq i32 %224, 0
  %226 = select i1 %225, i32 4, i32 %224
  store i32 %226, ptr @error, align 4, !tbaa !10
  br label %227

227:                                              ; preds = %223, %219
  %228 = load i32, ptr @error, align 4, !tbaa !10
  %229 = icmp eq i32 %228, 0
  br i1 %229, label %232, label %230

230:                                              ; preds = %227
  %231 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.8, i32 noundef %228)
  br label %234

232:                                              ; preds = %227
  %233 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.8, i64 noundef %209)
  br label %234

234:                                              ; preds = %230, %232
  store ptr @.str.9, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %235 = tail call fastcc i64 @expr()
  %236 = load ptr, ptr @pos, align 8, !tbaa !5
  %237 = load i8, ptr %236, align 1, !tbaa !12
  %238 = icmp eq i8 %237, 32
  br i1 %238, label %239, label %245

239:                                              ; preds = %234, %239
  %240 = phi ptr [ %241, %239 ], [ %236, %234 ]
  %241 = getelementptr inbounds nuw i8, ptr %240, i64 1
  %242 = load i8, ptr %241, align 1, !tbaa !12
  %243 = icmp eq i8 %242, 32
  br i1 %243, label %239, label %244, !llvm.loop !13

244:                                              ; preds = %239
  store ptr %241, ptr @pos, align 8, !tbaa !5
  br label %245

245:                                              ; preds = %244, %234
  %246 = load ptr, ptr @pos, align 8, !tbaa !5
  %247 = load i8, ptr %246, align 1, !tbaa !12
  %248 = icmp eq i8 %247, 0
  br i1 %248, label %253, label %249

249:                                              ; preds = %245
  %250 = load i32, ptr @error, align 4, !tbaa !10
  %251 = icmp eq i32 %250, 0
  %252 = select i1 %251, i32 4, i32 %250
  store i32 %252, ptr @error, align 4, !tbaa !10
  br label %253

253:                                              ; preds = %249, %245
  %254 = load i32, ptr @error, align 4, !tbaa !10
  %255 = icmp eq i32 %254, 0
  br i1 %255, label %258, label %256

256:                                              ; preds = %253
  %257 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.9, i32 noundef %254)
  br label %260

258:                                              ; preds = %253
  %259 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.9, i64 noundef %235)
  br label %260

260:                                              ; preds = %256, %258
  store ptr @.str.10, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %261 = tail call fastcc i64 @expr()
  %262 = load ptr, ptr @pos, align 8, !tbaa !5
  %263 = load i8, ptr %262, align 1, !tbaa !12
  %264 = icmp eq i8 %263, 32
  br i1 %264, label %265, label %271

265:                                              ; preds = %260, %265
  %266 = phi ptr [ %267, %265 ], [ %262, %260 ]
  %267 = getelementptr inbounds nuw i8, ptr %266, i64 1
  %268 = load i8, ptr %267, align 1, !tbaa !12
  %269 = icmp eq i8 %268, 32
  br i1 %269, label %265, label %270, !llvm.loop !13

270:                                              ; preds = %265
  store ptr %267, ptr @pos, align 8, !tbaa !5
  br label %271

271:                                              ; preds = %270, %260
  %272 = load ptr, ptr @pos, align 8, !tbaa !5
  %273 = load i8, ptr %272, align 1, !tbaa !12
  %274 = icmp eq i8 %273, 0
  br i1 %274, label %279, label %275

275:                                              ; preds = %271
  %276 = load i32, ptr @error, align 4, !tbaa !10
  %277 = icmp eq i32 %276, 0
  %278 = select i1 %277, i32 4, i32 %276
  store i32 %278, ptr @error, align 4, !tbaa !10
  br label %279

279:                                              ; preds = %275, %271
  %280 = load i32, ptr @error, align 4, !tbaa !10
  %281 = icmp eq i32 %280, 0
  br i1 %281, label %284, label %282

282:                                              ; preds = %279
  %283 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.10, i32 noundef %280)
  br label %286

284:                                              ; preds = %279
  %285 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.10, i64 noundef %261)
  br label %286

286:                                              ; preds = %282, %284
  ret i32 0
}

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none) uwtable
define internal fastcc i64 @expr() unnamed_addr #1 {
  %1 = tail call fastcc i64 @power()
  br label %2

2:                                                ; preds = %33, %0
  %3 = phi i64 [ %1, %0 ], [ %34, %33 ]
  %4 = phi i64 [ undef, %0 ], [ %36, %33 ]
  %5 = load ptr, ptr @pos, align 8, !tbaa !5
  %6 = load i8, ptr %5, align 1, !tbaa !12
  %7 = icmp eq i8 %6, 32
  br i1 %7, label %8, label %14

8:                                                ; preds = %2, %8
  %9 = phi ptr [ %10, %8 ], [ %5, %2 ]
  %10 = getelementptr inbounds nuw i8, ptr %9, i64 1
  %11 = load i8, ptr %10, align 1, !tbaa !12
  %12 = icmp eq i8 %11, 32
  br i1 %12, label %8, label %13, !llvm.loop !13

13:                                               ; preds = %8
  store ptr %10, ptr @pos, align 8, !tbaa !5
  br label %14

14:                                               ; preds = %2, %13
  %15 = load ptr, ptr @pos, align 8, !tbaa !5
  %16 = load i8, ptr %15, align 1, !tbaa !12
  switch i8 %16, label %33 [
    i8 47, label %17
    i8 42, label %17
    i8 37, label %17
  ]

17:                                               ; preds = %14, %14, %14
  %18 = getelementptr inbounds nuw i8, ptr %15, i64 1
  store ptr %18, ptr @pos, align 8, !tbaa !5
  %19 = tail call fastcc i64 @power()
  %20 = icmp ne i8 %16, 47
  %21 = icmp ne i8 %16, 37
  %22 = and i1 %20, %21
  %23 = icmp ne i64 %19, 0
  %24 = select i1 %22, i1 true, i1 %23
  br i1 %24, label %26, label %25

25:                                               ; preds = %17
  store i32 3, ptr @error, align 4, !tbaa !10
  br label %33

26:                                               ; preds = %17
  switch i8 %16, label %31 [
    i8 42, label %27
    i8 47, label %29
  ]

27:                                               ; preds = %26
  %28 = mul nsw i64 %19, %3
  br label %33

29:                                               ; preds = %26
  %30 = sdiv i64 %3, %19
  br label %33

31:                                               ; preds = %26
  %32 = srem i64 %3, %19
  br label %33

33:                                               ; preds = %31, %29, %27, %25, %14
  %34 = phi i64 [ %3, %14 ], [ %3, %25 ], [ %32, %31 ], [ %28, %27 ], [ %30, %29 ]
  %35 = phi i1 [ false, %14 ], [ false, %25 ], [ true, %31 ], [ true, %27 ], [ true, %29 ]
  %36 = phi i64 [ %3, %14 ], [ 0, %25 ], [ %4, %31 ], [ %4, %27 ], [ %4, %29 ]
  br i1 %35, label %2, label %37, !llvm.loop !16

37:                                               ; preds = %33, %131
  %38 = phi i64 [ %132, %131 ], [ %36, %33 ]
  %39 = load ptr, ptr @pos, align 8, !tbaa !5
  %40 = load i8, ptr %39, align 1, !tbaa !12
  %41 = icmp eq i8 %40, 32
  br i1 %41, label %42, label %48

42:                                               ; preds = %37, %42
  %43 = phi ptr [ %44, %42 ], [ %39, %37 ]
  %44 = getelementptr inbounds nuw i8, ptr %43, i64 1
  %45 = load i8, ptr %44, align 1, !tbaa !12
  %46 = icmp eq i8 %45, 32
  br i1 %46, label %42, label %47, !llvm.loop !13

47:                                               ; preds = %42
  store ptr %44, ptr @pos, align 8, !tbaa !5
  br label %48

48:                                               ; preds = %37, %47
  %49 = load ptr, ptr @pos, align 8, !tbaa !5
  %50 = load i8, ptr %49, align 1, !tbaa !12
  switch i8 %50, label %133 [
    i8 43, label %51
    i8 45, label %91
  ]

51:                                               ; preds = %48
  %52 = getelementptr inbounds nuw i8, ptr %49, i64 1
  store ptr %52, ptr @pos, align 8, !tbaa !5
  %53 = tail call fastcc i64 @power()
  br label %54

54:                                               ; preds = %85, %51
  %55 = phi i64 [ %53, %51 ], [ %86, %85 ]
  %56 = phi i64 [ undef, %51 ], [ %88, %85 ]
  %57 = load ptr, ptr @pos, align 8, !tbaa !5
  %58 = load i8, ptr %57, align 1, !tbaa !12
  %59 = icmp eq i8 %58, 32
  br i1 %59, label %60, label %66

60:                                               ; preds = %54, %60
  %61 = phi ptr [ %62, %60 ], [ %57, %54 ]
  %62 = getelementptr inbounds nuw i8, ptr %61, i64 1
  %63 = load i8, ptr %62, align 1, !tbaa !12
  %64 = icmp eq i8 %63, 32
  br i1 %64, label %60, label %65, !llvm.loop !13

65:                                               ; preds = %60
  store ptr %62, ptr @pos, align 8, !tbaa !5
  br label %66

66:                                               ; preds = %54, %65
  %67 = load ptr, ptr @pos, align 8, !tbaa !5
  %68 = load i8, ptr %67, align 1, !tbaa !12
  switch i8 %68, label %85 [
    i8 47, label %69
    i8 42, label %69
    i8 37, label %69
  ]

69:                                               ; preds = %66, %66, %66
  %70 = getelementptr inbounds nuw i8, ptr %67, i64 1
  store ptr %70, ptr @pos, align 8, !tbaa !5
  %71 = tail call fastcc i64 @power()
  %72 = icmp ne i8 %68, 47
  %73 = icmp ne i8 %68, 37
  %74 = and i1 %72, %73
  %75 = icmp ne i64 %71, 0
  %76 = select i1 %74, i1 true, i1 %75
  br i1 %76, label %78, label %77

77:                                               ; preds = %69
  store i32 3, ptr @error, align 4, !tbaa !10
  br label %85

78:                                               ; preds = %69
  switch i8 %68, label %83 [
    i8 42, label %79
    i8 47, label %81
  ]

79:                                               ; preds = %78
  %80 = mul nsw i64 %71, %55
  br label %85

81:                                               ; preds = %78
  %82 = sdiv i64 %55, %71
  br label %85

83:                                               ; preds = %78
  %84 = srem i64 %55, %71
  br label %85

85:                                               ; preds = %83, %81, %79, %77, %66
  %86 = phi i64 [ %55, %66 ], [ %55, %77 ], [ %84, %83 ], [ %80, %79 ], [ %82, %81 ]
  %87 = phi i1 [ false, %66 ], [ false, %77 ], [ true, %83 ], [ true, %79 ], [ true, %81 ]
  %88 = phi i64 [ %55, %66 ], [ 0, %77 ], [ %56, %83 ], [ %56, %79 ], [ %56, %81 ]
  br i1 %87, label %54, label %89, !llvm.loop !16

89:                                               ; preds = %85
  %90 = add nsw i64 %88, %38
  br label %131

91:                                               ; preds = %48
  %92 = getelementptr inbounds nuw i8, ptr %49, i64 1
  store ptr %92, ptr @pos, align 8, !tbaa !5
  %93 = tail call fastcc i64 @power()
  br label %94

94:                                               ; preds = %125, %91
  %95 = phi i64 [ %93, %91 ], [ %126, %125 ]
  %96 = phi i64 [ undef, %91 ], [ %128, %125 ]
  %97 = load ptr, ptr @pos, align 8, !tbaa !5
  %98 = load i8, ptr %97, align 1, !tbaa !12
  %99 = icmp eq i8 %98, 32
  br i1 %99, label %100, label %106

100:                                              ; preds = %94, %100
  %101 = phi ptr [ %102, %100 ], [ %97, %94 ]
  %102 = getelementptr inbounds nuw i8, ptr %101, i64 1
  %103 = load i8, ptr %102, align 1, !tbaa !12
  %104 = icmp eq i8 %103, 32
  br i1 %104, label %100, label %105, !llvm.loop !13

105:                                              ; preds = %100
  store ptr %102, ptr @pos, align 8, !tbaa !5
  br label %106

106:                                              ; preds = %94, %105
  %107 = load ptr, ptr @pos, align 8, !tbaa !5
  %108 = load i8, ptr %107, align 1, !tbaa !12
  switch i8 %108, label %125 [
    i8 47, label %109
    i8 42, label %109
    i8 37, label %109
  ]

109:                                              ; preds = %106, %106, %106
  %110 = getelementptr inbounds nuw i8, ptr %107, i64 1
  store ptr %110, ptr @pos, align 8, !tbaa !5
  %111 = tail call fastcc i64 @power()
  %112 = icmp ne i8 %108, 47
  %113 = icmp ne i8 %108, 37
  %114 = and i1 %112, %113
  %115 = icmp ne i64 %111, 0
  %116 = select i1 %114, i1 true, i1 %115
  br i1 %116, label %118, label %117

117:                                              ; preds = %109
  store i32 3, ptr @error, align 4, !tbaa !10
  br label %125

118:                                              ; preds = %109
  switch i8 %108, label %123 [
    i8 42, label %119
    i8 47, label %121
  ]

119:                                              ; preds = %118
  %120 = mul nsw i64 %111, %95
  br label %125

121:                                              ; preds = %118
  %122 = sdiv i64 %95, %111
  br label %125

123:                                              ; preds = %118
  %124 = srem i64 %95, %111
  br label %125

125:                                              ; preds = %123, %121, %119, %117, %106
  %126 = phi i64 [ %95, %106 ], [ %95, %117 ], [ %124, %123 ], [ %120, %119 ], [ %122, %121 ]
  %127 = phi i1 [ false, %106 ], [ false, %117 ], [ true, %123 ], [ true, %119 ], [ true, %121 ]
  %128 = phi i64 [ %95, %106 ], [ 0, %117 ], [ %96, %123 ], [ %96, %119 ], [ %96, %121 ]
  br i1 %127, label %94, label %129, !llvm.loop !16

129:                                              ; preds = %125
  %130 = sub nsw i64 %38, %128
  br label %131

131:                                              ; preds = %129, %89
  %132 = phi i64 [ %90, %89 ], [ %130, %129 ]
  br label %37, !llvm.loop !17

133:                                              ; preds = %48
  ret i64 %38
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #2

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none) uwtable
define internal fastcc i64 @power() unnamed_addr #1 {
  %1 = tail call fastcc i64 @primary()
  %2 = load ptr, ptr @pos, align 8, !tbaa !5
  %3 = load i8, ptr %2, align 1, !tbaa !12
  %4 = icmp eq i8 %3, 32
  br i1 %4, label %5, label %11

5:                                                ; preds = %0, %5
  %6 = phi ptr [ %7, %5 ], [ %2, %0 ]
  %7 = getelementptr inbounds nuw i8, ptr %6, i64 1
  %8 = load i8, ptr %7, align 1, !tbaa !12
  %9 = icmp eq i8 %8, 32
  br i1 %9, label %5, label %10, !llvm.loop !13

10:                                               ; preds = %5
  store ptr %7, ptr @pos, align 8, !tbaa !5
  br label %11

11:                                               ; preds = %0, %10
  %12 = load ptr, ptr @pos, align 8, !tbaa !5
  %13 = load i8, ptr %12, align 1, !tbaa !12
  %14 = icmp eq i8 %13, 94
  br i1 %14, label %15, label %25

15:                                               ; preds = %11
  %16 = getelementptr inbounds nuw i8, ptr %12, i64 1
  store ptr %16, ptr @pos, align 8, !tbaa !5
  %17 = tail call fastcc i64 @power()
  %18 = icmp sgt i64 %17, 0
  br i1 %18, label %19, label %25

19:                                               ; preds = %15, %19
  %20 = phi i64 [ %23, %19 ], [ 1, %15 ]
  %21 = phi i64 [ %22, %19 ], [ %17, %15 ]
  %22 = add nsw i64 %21, -1
  %23 = mul nsw i64 %20, %1
  %24 = icmp sgt i64 %21, 1
  br i1 %24, label %19, label %25, !llvm.loop !18

25:                                               ; preds = %19, %15, %11
  %26 = phi i64 [ %1, %11 ], [ 1, %15 ], [ %23, %19 ]
  ret i64 %26
}

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none) uwtable
define internal fastcc i64 @primary() unnamed_addr #1 {
  %1 = load ptr, ptr @pos, align 8, !tbaa !5
  %2 = load i8, ptr %1, align 1, !tbaa !12
  %3 = icmp eq i8 %2, 32
  br i1 %3, label %4, label %10

4:                                                ; preds = %0, %4
  %5 = phi ptr [ %6, %4 ], [ %1, %0 ]
  %6 = getelementptr inbounds nuw i8, ptr %5, i64 1
  %7 = load i8, ptr %6, align 1, !tbaa !12
  %8 = icmp eq i8 %7, 32
  br i1 %8, label %4, label %9, !llvm.loop !13

9:                                                ; preds = %4
  store ptr %6, ptr @pos, align 8, !tbaa !5
  br label %10

10:                                               ; preds = %0, %9
  %11 = load ptr, ptr @pos, align 8, !tbaa !5
  %12 = load i8, ptr %11, align 1, !tbaa !12
  switch i8 %12, label %38 [
    i8 40, label %13
    i8 45, label %34
  ]

13:                                               ; preds = %10
  %14 = getelementptr inbounds nuw i8, ptr %11, i64 1
  store ptr %14, ptr @pos, align 8, !tbaa !5
  %15 = tail call fastcc i64 @expr()
  %16 = load ptr, ptr @pos, align 8, !tbaa !5
  %17 = load i8, ptr %16, align 1, !tbaa !12
  %18 = icmp eq i8 %17, 32
  br i1 %18, label %19, label %25

19:                                               ; preds = %13, %19
  %20 = phi ptr [ %21, %19 ], [ %16, %13 ]
  %21 = getelementptr inbounds nuw i8, ptr %20, i64 1
  %22 = load i8, ptr %21, align 1, !tbaa !12
  %23 = icmp eq i8 %22, 32
  br i1 %23, label %19, label %24, !llvm.loop !13

24:                                               ; preds = %19
  store ptr %21, ptr @pos, align 8, !tbaa !5
  br label %25

25:                                               ; preds = %13, %24
  %26 = load ptr, ptr @pos, align 8, !tbaa !5
  %27 = load i8, ptr %26, align 1, !tbaa !12
  %28 = icmp eq i8 %27, 41
  br i1 %28, label %29, label %31

29:                                               ; preds = %25
  %30 = getelementptr inbounds nuw i8, ptr %26, i64 1
  store ptr %30, ptr @pos, align 8, !tbaa !5
  br label %32

31:                                               ; preds = %25
  store i32 1, ptr @error, align 4, !tbaa !10
  br label %32

32:                                               ; preds = %46, %31, %29, %59, %41, %34
  %33 = phi i64 [ %37, %34 ], [ 0, %46 ], [ %15, %31 ], [ %15, %29 ], [ %55, %59 ], [ 0, %41 ]
  ret i64 %33

34:                                               ; preds = %10
  %35 = getelementptr inbounds nuw i8, ptr %11, i64 1
  store ptr %35, ptr @pos, align 8, !tbaa !5
  %36 = tail call fastcc i64 @primary()
  %37 = sub nsw i64 0, %36
  br label %32

38:                                               ; preds = %10
  %39 = add i8 %12, -58
  %40 = icmp ult i8 %39, -10
  br i1 %40, label %46, label %41

41:                                               ; preds = %38
  %42 = load ptr, ptr @pos, align 8, !tbaa !5
  %43 = load i8, ptr %42, align 1, !tbaa !12
  %44 = add i8 %43, -48
  %45 = icmp ult i8 %44, 10
  br i1 %45, label %47, label %32

46:                                               ; preds = %38
  store i32 2, ptr @error, align 4, !tbaa !10
  br label %32

47:                                               ; preds = %41, %47
  %48 = phi i8 [ %56, %47 ], [ %43, %41 ]
  %49 = phi i64 [ %55, %47 ], [ 0, %41 ]
  %50 = phi ptr [ %52, %47 ], [ %42, %41 ]
  %51 = mul nsw i64 %49, 10
  %52 = getelementptr inbounds nuw i8, ptr %50, i64 1
  %53 = zext nneg i8 %48 to i64
  %54 = add i64 %51, -48
  %55 = add i64 %54, %53
  %56 = load i8, ptr %52, align 1, !tbaa !12
  %57 = add i8 %56, -48
  %58 = icmp ult i8 %57, 10
  br i1 %58, label %47, label %59, !llvm.loop !19

59:                                               ; preds = %47
  store ptr %52, ptr @pos, align 8, !tbaa !5
  br label %32
}

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"p1 omnipotent char", !7, i64 0}
!7 = !{!"any pointer", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"int", !8, i64 0}
!12 = !{!8, !8, i64 0}
!13 = distinct !{!13, !14, !15}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!"llvm.loop.unroll.disable"}
!16 = distinct !{!16, !15}
!17 = distinct !{!17, !15}
!18 = distinct !{!18, !14, !15}
!19 = distinct !{!19, !14, !15}
