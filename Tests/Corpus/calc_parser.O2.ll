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
  %12 = phi i8 [ %3, %0 ], [ %8, %10 ]
  %13 = icmp eq i8 %12, 0
  %14 = load i32, ptr @error, align 4, !tbaa !10
  %15 = icmp eq i32 %14, 0
  br i1 %13, label %18, label %16

16:                                               ; preds = %11
  %17 = select i1 %15, i32 4, i32 %14
  store i32 %17, ptr @error, align 4, !tbaa !10
  br label %19

18:                                               ; preds = %11
  br i1 %15, label %22, label %19

19:                                               ; preds = %18, %16
  %20 = phi i32 [ %17, %16 ], [ %14, %18 ]
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str, i32 noundef %20)
  br label %24

22:                                               ; preds = %18
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str, i64 noundef %1)
  br label %24

24:                                               ; preds = %19, %22
  store ptr @.str.1, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %25 = tail call fastcc i64 @expr()
  %26 = load ptr, ptr @pos, align 8, !tbaa !5
  %27 = load i8, ptr %26, align 1, !tbaa !12
  %28 = icmp eq i8 %27, 32
  br i1 %28, label %29, label %35

29:                                               ; preds = %24, %29
  %30 = phi ptr [ %31, %29 ], [ %26, %24 ]
  %31 = getelementptr inbounds nuw i8, ptr %30, i64 1
  %32 = load i8, ptr %31, align 1, !tbaa !12
  %33 = icmp eq i8 %32, 32
  br i1 %33, label %29, label %34, !llvm.loop !13

34:                                               ; preds = %29
  store ptr %31, ptr @pos, align 8, !tbaa !5
  br label %35

35:                                               ; preds = %34, %24
  %36 = phi i8 [ %27, %24 ], [ %32, %34 ]
  %37 = icmp eq i8 %36, 0
  %38 = load i32, ptr @error, align 4, !tbaa !10
  %39 = icmp eq i32 %38, 0
  br i1 %37, label %42, label %40

40:                                               ; preds = %35
  %41 = select i1 %39, i32 4, i32 %38
  store i32 %41, ptr @error, align 4, !tbaa !10
  br label %43

42:                                               ; preds = %35
  br i1 %39, label %46, label %43

43:                                               ; preds = %42, %40
  %44 = phi i32 [ %41, %40 ], [ %38, %42 ]
  %45 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.1, i32 noundef %44)
  br label %48

46:                                               ; preds = %42
  %47 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.1, i64 noundef %25)
  br label %48

48:                                               ; preds = %43, %46
  store ptr @.str.2, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %49 = tail call fastcc i64 @expr()
  %50 = load ptr, ptr @pos, align 8, !tbaa !5
  %51 = load i8, ptr %50, align 1, !tbaa !12
  %52 = icmp eq i8 %51, 32
  br i1 %52, label %53, label %59

53:                                               ; preds = %48, %53
  %54 = phi ptr [ %55, %53 ], [ %50, %48 ]
  %55 = getelementptr inbounds nuw i8, ptr %54, i64 1
  %56 = load i8, ptr %55, align 1, !tbaa !12
  %57 = icmp eq i8 %56, 32
  br i1 %57, label %53, label %58, !llvm.loop !13

58:                                               ; preds = %53
  store ptr %55, ptr @pos, align 8, !tbaa !5
  br label %59

59:                                               ; preds = %58, %48
  %60 = phi i8 [ %51, %48 ], [ %56, %58 ]
  %61 = icmp eq i8 %60, 0
  %62 = load i32, ptr @error, align 4, !tbaa !10
  %63 = icmp eq i32 %62, 0
  br i1 %61, label %66, label %64

64:                                               ; preds = %59
  %65 = select i1 %63, i32 4, i32 %62
  store i32 %65, ptr @error, align 4, !tbaa !10
  br label %67

66:                                               ; preds = %59
  br i1 %63, label %70, label %67

67:                                               ; preds = %66, %64
  %68 = phi i32 [ %65, %64 ], [ %62, %66 ]
  %69 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.2, i32 noundef %68)
  br label %72

70:                                               ; preds = %66
  %71 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.2, i64 noundef %49)
  br label %72

72:                                               ; preds = %67, %70
  store ptr @.str.3, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %73 = tail call fastcc i64 @expr()
  %74 = load ptr, ptr @pos, align 8, !tbaa !5
  %75 = load i8, ptr %74, align 1, !tbaa !12
  %76 = icmp eq i8 %75, 32
  br i1 %76, label %77, label %83

77:                                               ; preds = %72, %77
  %78 = phi ptr [ %79, %77 ], [ %74, %72 ]
  %79 = getelementptr inbounds nuw i8, ptr %78, i64 1
  %80 = load i8, ptr %79, align 1, !tbaa !12
  %81 = icmp eq i8 %80, 32
  br i1 %81, label %77, label %82, !llvm.loop !13

82:                                               ; preds = %77
  store ptr %79, ptr @pos, align 8, !tbaa !5
  br label %83

83:                                               ; preds = %82, %72
  %84 = phi i8 [ %75, %72 ], [ %80, %82 ]
  %85 = icmp eq i8 %84, 0
  %86 = load i32, ptr @error, align 4, !tbaa !10
  %87 = icmp eq i32 %86, 0
  br i1 %85, label %90, label %88

88:                                               ; preds = %83
  %89 = select i1 %87, i32 4, i32 %86
  store i32 %89, ptr @error, align 4, !tbaa !10
  br label %91

90:                                               ; preds = %83
  br i1 %87, label %94, label %91

91:                                               ; preds = %90, %88
  %92 = phi i32 [ %89, %88 ], [ %86, %90 ]
  %93 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.3, i32 noundef %92)
  br label %96

94:                                               ; preds = %90
  %95 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.3, i64 noundef %73)
  br label %96

96:                                               ; preds = %91, %94
  store ptr @.str.4, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %97 = tail call fastcc i64 @expr()
  %98 = load ptr, ptr @pos, align 8, !tbaa !5
  %99 = load i8, ptr %98, align 1, !tbaa !12
  %100 = icmp eq i8 %99, 32
  br i1 %100, label %101, label %107

101:                                              ; preds = %96, %101
  %102 = phi ptr [ %103, %101 ], [ %98, %96 ]
  %103 = getelementptr inbounds nuw i8, ptr %102, i64 1
  %104 = load i8, ptr %103, align 1, !tbaa !12
  %105 = icmp eq i8 %104, 32
  br i1 %105, label %101, label %106, !llvm.loop !13

106:                                              ; preds = %101
  store ptr %103, ptr @pos, align 8, !tbaa !5
  br label %107

107:                                              ; preds = %106, %96
  %108 = phi i8 [ %99, %96 ], [ %104, %106 ]
  %109 = icmp eq i8 %108, 0
  %110 = load i32, ptr @error, align 4, !tbaa !10
  %111 = icmp eq i32 %110, 0
  br i1 %109, label %114, label %112

112:                                              ; preds = %107
  %113 = select i1 %111, i32 4, i32 %110
  store i32 %113, ptr @error, align 4, !tbaa !10
  br label %115

114:                                              ; preds = %107
  br i1 %111, label %118, label %115

115:                                              ; preds = %114, %112
  %116 = phi i32 [ %113, %112 ], [ %110, %114 ]
  %117 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.4, i32 noundef %116)
  br label %120

118:                                              ; preds = %114
  %119 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.4, i64 noundef %97)
  br label %120

120:                                              ; preds = %115, %118
  store ptr @.str.5, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %121 = tail call fastcc i64 @expr()
  %122 = load ptr, ptr @pos, align 8, !tbaa !5
  %123 = load i8, ptr %122, align 1, !tbaa !12
  %124 = icmp eq i8 %123, 32
  br i1 %124, label %125, label %131

125:                                              ; preds = %120, %125
  %126 = phi ptr [ %127, %125 ], [ %122, %120 ]
  %127 = getelementptr inbounds nuw i8, ptr %126, i64 1
  %128 = load i8, ptr %127, align 1, !tbaa !12
  %129 = icmp eq i8 %128, 32
  br i1 %129, label %125, label %130, !llvm.loop !13

130:                                              ; preds = %125
  store ptr %127, ptr @pos, align 8, !tbaa !5
  br label %131

131:                                              ; preds = %130, %120
  %132 = phi i8 [ %123, %120 ], [ %128, %130 ]
  %133 = icmp eq i8 %132, 0
  %134 = load i32, ptr @error, align 4, !tbaa !10
  %135 = icmp eq i32 %134, 0
  br i1 %133, label %138, label %136

136:                                              ; preds = %131
  %137 = select i1 %135, i32 4, i32 %134
  store i32 %137, ptr @error, align 4, !tbaa !10
  br label %139

138:                                              ; preds = %131
  br i1 %135, label %142, label %139

139:                                              ; preds = %138, %136
  %140 = phi i32 [ %137, %136 ], [ %134, %138 ]
  %141 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.5, i32 noundef %140)
  br label %144

142:                                              ; preds = %138
  %143 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.5, i64 noundef %121)
  br label %144

144:                                              ; preds = %139, %142
  store ptr @.str.6, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %145 = tail call fastcc i64 @expr()
  %146 = load ptr, ptr @pos, align 8, !tbaa !5
  %147 = load i8, ptr %146, align 1, !tbaa !12
  %148 = icmp eq i8 %147, 32
  br i1 %148, label %149, label %155

149:                                              ; preds = %144, %149
  %150 = phi ptr [ %151, %149 ], [ %146, %144 ]
  %151 = getelementptr inbounds nuw i8, ptr %150, i64 1
  %152 = load i8, ptr %151, align 1, !tbaa !12
  %153 = icmp eq i8 %152, 32
  br i1 %153, label %149, label %154, !llvm.loop !13

154:                                              ; preds = %149
  store ptr %151, ptr @pos, align 8, !tbaa !5
  br label %155

155:                                              ; preds = %154, %144
  %156 = phi i8 [ %147, %144 ], [ %152, %154 ]
  %157 = icmp eq i8 %156, 0
  %158 = load i32, ptr @error, align 4, !tbaa !10
  %159 = icmp eq i32 %158, 0
  br i1 %157, label %162, label %160

160:                                              ; preds = %155
  %161 = select i1 %159, i32 4, i32 %158
  store i32 %161, ptr @error, align 4, !tbaa !10
  br label %163

162:                                              ; preds = %155
  br i1 %159, label %166, label %163

163:                                              ; preds = %162, %160
  %164 = phi i32 [ %161, %160 ], [ %158, %162 ]
  %165 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.6, i32 noundef %164)
  br label %168

166:                                              ; preds = %162
  %167 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.6, i64 noundef %145)
  br label %168

168:                                              ; preds = %163, %166
  store ptr @.str.7, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %169 = tail call fastcc i64 @expr()
  %170 = load ptr, ptr @pos, align 8, !tbaa !5
  %171 = load i8, ptr %170, align 1, !tbaa !12
  %172 = icmp eq i8 %171, 32
  br i1 %172, label %173, label %179

173:                                              ; preds = %168, %173
  %174 = phi ptr [ %175, %173 ], [ %170, %168 ]
  %175 = getelementptr inbounds nuw i8, ptr %174, i64 1
  %176 = load i8, ptr %175, align 1, !tbaa !12
  %177 = icmp eq i8 %176, 32
  br i1 %177, label %173, label %178, !llvm.loop !13

178:                                              ; preds = %173
  store ptr %175, ptr @pos, align 8, !tbaa !5
  br label %179

179:                                              ; preds = %178, %168
  %180 = phi i8 [ %171, %168 ], [ %176, %178 ]
  %181 = icmp eq i8 %180, 0
  %182 = load i32, ptr @error, align 4, !tbaa !10
  %183 = icmp eq i32 %182, 0
  br i1 %181, label %186, label %184

184:                                              ; preds = %179
  %185 = select i1 %183, i32 4, i32 %182
  store i32 %185, ptr @error, align 4, !tbaa !10
  br label %187

186:                                              ; preds = %179
  br i1 %183, label %190, label %187

187:                                              ; preds = %186, %184
  %188 = phi i32 [ %185, %184 ], [ %182, %186 ]
  %189 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.7, i32 noundef %188)
  br label %192

190:                                              ; preds = %186
  %191 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.7, i64 noundef %169)
  br label %192

192:                                              ; preds = %187, %190
  store ptr @.str.8, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %193 = tail call fastcc i64 @expr()
  %194 = load ptr, ptr @pos, align 8, !tbaa !5
  %195 = load i8, ptr %194, align 1, !tbaa !12
  %196 = icmp eq i8 %195, 32
  br i1 %196, label %197, label %203

197:                                              ; preds = %192, %197
  %198 = phi ptr [ %199, %197 ], [ %194, %192 ]
  %199 = getelementptr inbounds nuw i8, ptr %198, i64 1
  %200 = load i8, ptr %199, align 1, !tbaa !12
  %201 = icmp eq i8 %200, 32
  br i1 %201, label %197, label %202, !llvm.loop !13

202:                                              ; preds = %197
  store ptr %199, ptr @pos, align 8, !tbaa !5
  br label %203

203:                                              ; preds = %202, %192
  %204 = phi i8 [ %195, %192 ], [ %200, %202 ]
  %205 = icmp eq i8 %204, 0
  %206 = load i32, ptr @error, align 4, !tbaa !10
  %207 = icmp eq i32 %206, 0
  br i1 %205, label %210, label %208

208:                                              ; preds = %203
  %209 = select i1 %207, i32 4, i32 %206
  store i32 %209, ptr @error, align 4, !tbaa !10
  br label %211

210:                                              ; preds = %203
  br i1 %207, label %214, label %211

211:                                              ; preds = %210, %208
  %212 = phi i32 [ %209, %208 ], [ %206, %210 ]
  %213 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.8, i32 noundef %212)
  br label %216

214:                                              ; preds = %210
  %215 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.8, i64 noundef %193)
  br label %216

216:                                              ; preds = %211, %214
  store ptr @.str.9, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %217 = tail call fastcc i64 @expr()
  %218 = load ptr, ptr @pos, align 8, !tbaa !5
  %219 = load i8, ptr %218, align 1, !tbaa !12
  %220 = icmp eq i8 %219, 32
  br i1 %220, label %221, label %227

221:                                              ; preds = %216, %221
  %222 = phi ptr [ %223, %221 ], [ %218, %216 ]
  %223 = getelementptr inbounds nuw i8, ptr %222, i64 1
  %224 = load i8, ptr %223, align 1, !tbaa !12
  %225 = icmp eq i8 %224, 32
  br i1 %225, label %221, label %226, !llvm.loop !13

226:                                              ; preds = %221
  store ptr %223, ptr @pos, align 8, !tbaa !5
  br label %227

227:                                              ; preds = %226, %216
  %228 = phi i8 [ %219, %216 ], [ %224, %226 ]
  %229 = icmp eq i8 %228, 0
  %230 = load i32, ptr @error, align 4, !tbaa !10
  %231 = icmp eq i32 %230, 0
  br i1 %229, label %234, label %232

232:                                              ; preds = %227
  %233 = select i1 %231, i32 4, i32 %230
  store i32 %233, ptr @error, align 4, !tbaa !10
  br label %235

234:                                              ; preds = %227
  br i1 %231, label %238, label %235

235:                                              ; preds = %234, %232
  %236 = phi i32 [ %233, %232 ], [ %230, %234 ]
  %237 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.9, i32 noundef %236)
  br label %240

238:                                              ; preds = %234
  %239 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.9, i64 noundef %217)
  br label %240

240:                                              ; preds = %235, %238
  store ptr @.str.10, ptr @pos, align 8, !tbaa !5
  store i32 0, ptr @error, align 4, !tbaa !10
  %241 = tail call fastcc i64 @expr()
  %242 = load ptr, ptr @pos, align 8, !tbaa !5
  %243 = load i8, ptr %242, align 1, !tbaa !12
  %244 = icmp eq i8 %243, 32
  br i1 %244, label %245, label %251

245:                                              ; preds = %240, %245
  %246 = phi ptr [ %247, %245 ], [ %242, %240 ]
  %247 = getelementptr inbounds nuw i8, ptr %246, i64 1
  %248 = load i8, ptr %247, align 1, !tbaa !12
  %249 = icmp eq i8 %248, 32
  br i1 %249, label %245, label %250, !llvm.loop !13

250:                                              ; preds = %245
  store ptr %247, ptr @pos, align 8, !tbaa !5
  br label %251

251:                                              ; preds = %250, %240
  %252 = phi i8 [ %243, %240 ], [ %248, %250 ]
  %253 = icmp eq i8 %252, 0
  %254 = load i32, ptr @error, align 4, !tbaa !10
  %255 = icmp eq i32 %254, 0
  br i1 %253, label %258, label %256

256:                                              ; preds = %251
  %257 = select i1 %255, i32 4, i32 %254
  store i32 %257, ptr @error, align 4, !tbaa !10
  br label %259

258:                                              ; preds = %251
  br i1 %255, label %262, label %259

259:                                              ; preds = %258, %256
  %260 = phi i32 [ %257, %256 ], [ %254, %258 ]
  %261 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.10, i32 noundef %260)
  br label %264

262:                                              ; preds = %258
  %263 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull @.str.10, i64 noundef %241)
  br label %264

264:                                              ; preds = %259, %262
  ret i32 0
}

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none) uwtable
define internal fastcc i64 @expr() unnamed_addr #1 {
  %1 = tail call fastcc i64 @power()
  br label %2

2:                                                ; preds = %34, %0
  %3 = phi i64 [ %1, %0 ], [ %35, %34 ]
  %4 = load ptr, ptr @pos, align 8, !tbaa !5
  %5 = load i8, ptr %4, align 1, !tbaa !12
  %6 = icmp eq i8 %5, 32
  br i1 %6, label %7, label %13

7:                                                ; preds = %2, %7
  %8 = phi ptr [ %9, %7 ], [ %4, %2 ]
  %9 = getelementptr inbounds nuw i8, ptr %8, i64 1
  %10 = load i8, ptr %9, align 1, !tbaa !12
  %11 = icmp eq i8 %10, 32
  br i1 %11, label %7, label %12, !llvm.loop !13

12:                                               ; preds = %7
  store ptr %9, ptr @pos, align 8, !tbaa !5
  br label %13

13:                                               ; preds = %2, %12
  %14 = phi i8 [ %5, %2 ], [ %10, %12 ]
  %15 = phi ptr [ %4, %2 ], [ %9, %12 ]
  switch i8 %14, label %25 [
    i8 47, label %16
    i8 42, label %16
    i8 37, label %16
  ]

16:                                               ; preds = %13, %13, %13
  %17 = getelementptr inbounds nuw i8, ptr %15, i64 1
  store ptr %17, ptr @pos, align 8, !tbaa !5
  %18 = tail call fastcc i64 @power()
  %19 = icmp ne i8 %14, 47
  %20 = icmp ne i8 %14, 37
  %21 = and i1 %19, %20
  %22 = icmp ne i64 %18, 0
  %23 = select i1 %21, i1 true, i1 %22
  br i1 %23, label %27, label %24

24:                                               ; preds = %16
  store i32 3, ptr @error, align 4, !tbaa !10
  br label %25

25:                                               ; preds = %13, %24
  %26 = phi i64 [ 0, %24 ], [ %3, %13 ]
  br label %36

27:                                               ; preds = %16
  switch i8 %14, label %32 [
    i8 42, label %28
    i8 47, label %30
  ]

28:                                               ; preds = %27
  %29 = mul nsw i64 %18, %3
  br label %34

30:                                               ; preds = %27
  %31 = sdiv i64 %3, %18
  br label %34

32:                                               ; preds = %27
  %33 = srem i64 %3, %18
  br label %34

34:                                               ; preds = %32, %30, %28
  %35 = phi i64 [ %33, %32 ], [ %29, %28 ], [ %31, %30 ]
  br label %2

36:                                               ; preds = %126, %25
  %37 = phi i64 [ %26, %25 ], [ %127, %126 ]
  %38 = load ptr, ptr @pos, align 8, !tbaa !5
  %39 = load i8, ptr %38, align 1, !tbaa !12
  %40 = icmp eq i8 %39, 32
  br i1 %40, label %41, label %47

41:                                               ; preds = %36, %41
  %42 = phi ptr [ %43, %41 ], [ %38, %36 ]
  %43 = getelementptr inbounds nuw i8, ptr %42, i64 1
  %44 = load i8, ptr %43, align 1, !tbaa !12
  %45 = icmp eq i8 %44, 32
  br i1 %45, label %41, label %46, !llvm.loop !13

46:                                               ; preds = %41
  store ptr %43, ptr @pos, align 8, !tbaa !5
  br label %47

47:                                               ; preds = %36, %46
  %48 = phi i8 [ %39, %36 ], [ %44, %46 ]
  %49 = phi ptr [ %38, %36 ], [ %43, %46 ]
  switch i8 %48, label %128 [
    i8 43, label %50
    i8 45, label %88
  ]

50:                                               ; preds = %47
  %51 = getelementptr inbounds nuw i8, ptr %49, i64 1
  store ptr %51, ptr @pos, align 8, !tbaa !5
  %52 = tail call fastcc i64 @power()
  br label %53

53:                                               ; preds = %83, %50
  %54 = phi i64 [ %52, %50 ], [ %84, %83 ]
  %55 = load ptr, ptr @pos, align 8, !tbaa !5
  %56 = load i8, ptr %55, align 1, !tbaa !12
  %57 = icmp eq i8 %56, 32
  br i1 %57, label %58, label %64

58:                                               ; preds = %53, %58
  %59 = phi ptr [ %60, %58 ], [ %55, %53 ]
  %60 = getelementptr inbounds nuw i8, ptr %59, i64 1
  %61 = load i8, ptr %60, align 1, !tbaa !12
  %62 = icmp eq i8 %61, 32
  br i1 %62, label %58, label %63, !llvm.loop !13

63:                                               ; preds = %58
  store ptr %60, ptr @pos, align 8, !tbaa !5
  br label %64

64:                                               ; preds = %53, %63
  %65 = phi i8 [ %56, %53 ], [ %61, %63 ]
  %66 = phi ptr [ %55, %53 ], [ %60, %63 ]
  switch i8 %65, label %85 [
    i8 47, label %67
    i8 42, label %67
    i8 37, label %67
  ]

67:                                               ; preds = %64, %64, %64
  %68 = getelementptr inbounds nuw i8, ptr %66, i64 1
  store ptr %68, ptr @pos, align 8, !tbaa !5
  %69 = tail call fastcc i64 @power()
  %70 = icmp ne i8 %65, 47
  %71 = icmp ne i8 %65, 37
  %72 = and i1 %70, %71
  %73 = icmp ne i64 %69, 0
  %74 = select i1 %72, i1 true, i1 %73
  br i1 %74, label %76, label %75

75:                                               ; preds = %67
  store i32 3, ptr @error, align 4, !tbaa !10
  br label %85

76:                                               ; preds = %67
  switch i8 %65, label %81 [
    i8 42, label %77
    i8 47, label %79
  ]

77:                                               ; preds = %76
  %78 = mul nsw i64 %69, %54
  br label %83

79:                                               ; preds = %76
  %80 = sdiv i64 %54, %69
  br label %83

81:                                               ; preds = %76
  %82 = srem i64 %54, %69
  br label %83

83:                                               ; preds = %81, %79, %77
  %84 = phi i64 [ %82, %81 ], [ %78, %77 ], [ %80, %79 ]
  br label %53

85:                                               ; preds = %64, %75
  %86 = phi i64 [ 0, %75 ], [ %54, %64 ]
  %87 = add nsw i64 %86, %37
  br label %126

88:                                               ; preds = %47
  %89 = getelementptr inbounds nuw i8, ptr %49, i64 1
  store ptr %89, ptr @pos, align 8, !tbaa !5
  %90 = tail call fastcc i64 @power()
  br label %91

91:                                               ; preds = %121, %88
  %92 = phi i64 [ %90, %88 ], [ %122, %121 ]
  %93 = load ptr, ptr @pos, align 8, !tbaa !5
  %94 = load i8, ptr %93, align 1, !tbaa !12
  %95 = icmp eq i8 %94, 32
  br i1 %95, label %96, label %102

96:                                               ; preds = %91, %96
  %97 = phi ptr [ %98, %96 ], [ %93, %91 ]
  %98 = getelementptr inbounds nuw i8, ptr %97, i64 1
  %99 = load i8, ptr %98, align 1, !tbaa !12
  %100 = icmp eq i8 %99, 32
  br i1 %100, label %96, label %101, !llvm.loop !13

101:                                              ; preds = %96
  store ptr %98, ptr @pos, align 8, !tbaa !5
  br label %102

102:                                              ; preds = %91, %101
  %103 = phi i8 [ %94, %91 ], [ %99, %101 ]
  %104 = phi ptr [ %93, %91 ], [ %98, %101 ]
  switch i8 %103, label %123 [
    i8 47, label %105
    i8 42, label %105
    i8 37, label %105
  ]

105:                                              ; preds = %102, %102, %102
  %106 = getelementptr inbounds nuw i8, ptr %104, i64 1
  store ptr %106, ptr @pos, align 8, !tbaa !5
  %107 = tail call fastcc i64 @power()
  %108 = icmp ne i8 %103, 47
  %109 = icmp ne i8 %103, 37
  %110 = and i1 %108, %109
  %111 = icmp ne i64 %107, 0
  %112 = select i1 %110, i1 true, i1 %111
  br i1 %112, label %114, label %113

113:                                              ; preds = %105
  store i32 3, ptr @error, align 4, !tbaa !10
  br label %123

114:                                              ; preds = %105
  switch i8 %103, label %119 [
    i8 42, label %115
    i8 47, label %117
  ]

115:                                              ; preds = %114
  %116 = mul nsw i64 %107, %92
  br label %121

117:                                              ; preds = %114
  %118 = sdiv i64 %92, %107
  br label %121

119:                                              ; preds = %114
  %120 = srem i64 %92, %107
  br label %121

121:                                              ; preds = %119, %117, %115
  %122 = phi i64 [ %120, %119 ], [ %116, %115 ], [ %118, %117 ]
  br label %91

123:                                              ; preds = %102, %113
  %124 = phi i64 [ 0, %113 ], [ %92, %102 ]
  %125 = sub nsw i64 %37, %124
  br label %126

126:                                              ; preds = %123, %85
  %127 = phi i64 [ %87, %85 ], [ %125, %123 ]
  br label %36

128:                                              ; preds = %47
  ret i64 %37
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
  %12 = phi i8 [ %3, %0 ], [ %8, %10 ]
  %13 = phi ptr [ %2, %0 ], [ %7, %10 ]
  %14 = icmp eq i8 %12, 94
  br i1 %14, label %15, label %47

15:                                               ; preds = %11
  %16 = getelementptr inbounds nuw i8, ptr %13, i64 1
  store ptr %16, ptr @pos, align 8, !tbaa !5
  %17 = tail call fastcc i64 @power()
  %18 = icmp sgt i64 %17, 0
  br i1 %18, label %19, label %47

19:                                               ; preds = %15
  %20 = and i64 %17, 7
  %21 = icmp ult i64 %17, 8
  br i1 %21, label %37, label %22

22:                                               ; preds = %19
  %23 = and i64 %17, 9223372036854775800
  %24 = mul i64 %1, %1
  %25 = mul i64 %24, %1
  %26 = mul i64 %25, %1
  %27 = mul i64 %26, %1
  %28 = mul i64 %27, %1
  %29 = mul i64 %28, %1
  %30 = mul i64 %29, %1
  br label %31

31:                                               ; preds = %31, %22
  %32 = phi i64 [ 1, %22 ], [ %34, %31 ]
  %33 = phi i64 [ 0, %22 ], [ %35, %31 ]
  %34 = mul i64 %32, %30
  %35 = add i64 %33, 8
  %36 = icmp eq i64 %35, %23
  br i1 %36, label %37, label %31, !llvm.loop !15

37:                                               ; preds = %31, %19
  %38 = phi i64 [ poison, %19 ], [ %34, %31 ]
  %39 = phi i64 [ 1, %19 ], [ %34, %31 ]
  %40 = icmp eq i64 %20, 0
  br i1 %40, label %47, label %41

41:                                               ; preds = %37, %41
  %42 = phi i64 [ %44, %41 ], [ %39, %37 ]
  %43 = phi i64 [ %45, %41 ], [ 0, %37 ]
  %44 = mul nsw i64 %42, %1
  %45 = add i64 %43, 1
  %46 = icmp eq i64 %45, %20
  br i1 %46, label %47, label %41, !llvm.loop !16

47:                                               ; preds = %37, %41, %15, %11
  %48 = phi i64 [ %1, %11 ], [ 1, %15 ], [ %38, %37 ], [ %44, %41 ]
  ret i64 %48
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
  %11 = phi i8 [ %2, %0 ], [ %7, %9 ]
  %12 = phi ptr [ %1, %0 ], [ %6, %9 ]
  switch i8 %11, label %39 [
    i8 40, label %13
    i8 45, label %35
  ]

13:                                               ; preds = %10
  %14 = getelementptr inbounds nuw i8, ptr %12, i64 1
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
  %26 = phi i8 [ %17, %13 ], [ %22, %24 ]
  %27 = phi ptr [ %16, %13 ], [ %21, %24 ]
  %28 = icmp eq i8 %26, 41
  br i1 %28, label %29, label %31

29:                                               ; preds = %25
  %30 = getelementptr inbounds nuw i8, ptr %27, i64 1
  store ptr %30, ptr @pos, align 8, !tbaa !5
  br label %33

31:                                               ; preds = %25
  store i32 1, ptr @error, align 4, !tbaa !10
  br label %33

32:                                               ; preds = %43
  store ptr %48, ptr @pos, align 8, !tbaa !5
  br label %33

33:                                               ; preds = %29, %31, %42, %32, %35
  %34 = phi i64 [ %38, %35 ], [ 0, %42 ], [ %15, %31 ], [ %15, %29 ], [ %51, %32 ]
  ret i64 %34

35:                                               ; preds = %10
  %36 = getelementptr inbounds nuw i8, ptr %12, i64 1
  store ptr %36, ptr @pos, align 8, !tbaa !5
  %37 = tail call fastcc i64 @primary()
  %38 = sub nsw i64 0, %37
  br label %33

39:                                               ; preds = %10
  %40 = add i8 %11, -58
  %41 = icmp ult i8 %40, -10
  br i1 %41, label %42, label %43

42:                                               ; preds = %39
  store i32 2, ptr @error, align 4, !tbaa !10
  br label %33

43:                                               ; preds = %39, %43
  %44 = phi i8 [ %52, %43 ], [ %11, %39 ]
  %45 = phi i64 [ %51, %43 ], [ 0, %39 ]
  %46 = phi ptr [ %48, %43 ], [ %12, %39 ]
  %47 = mul nsw i64 %45, 10
  %48 = getelementptr inbounds nuw i8, ptr %46, i64 1
  %49 = zext nneg i8 %44 to i64
  %50 = add i64 %47, -48
  %51 = add i64 %50, %49
  %52 = load i8, ptr %48, align 1, !tbaa !12
  %53 = add i8 %52, -48
  %54 = icmp ult i8 %53, 10
  br i1 %54, label %43, label %32, !llvm.loop !18
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
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.unroll.disable"}
!18 = distinct !{!18, !14}
