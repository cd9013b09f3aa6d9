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
  br label %80

23:                                               ; preds = %138
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
  br i1 %39, label %30, label %42, !llvm.loop !8

40:                                               ; preds = %23
  %41 = icmp slt i32 %25, 0
  br i1 %41, label %78, label %42

42:                                               ; preds = %30, %40
  %43 = add nuw nsw i64 %24, 1
  %44 = and i64 %43, 4294967295
  br label %45

45:                                               ; preds = %74, %42
  %46 = phi i64 [ 0, %42 ], [ %75, %74 ]
  %47 = phi i32 [ 0, %42 ], [ %76, %74 ]
  %48 = getelementptr inbounds nuw i8, ptr %2, i64 %46
  %49 = load i8, ptr %48, align 1, !tbaa !5
  switch i8 %49, label %50 [
    i8 32, label %52
    i8 0, label %52
  ]

50:                                               ; preds = %45
  %51 = add nuw nsw i64 %46, 1
  br label %74

52:                                               ; preds = %45, %45
  %53 = sext i32 %47 to i64
  %54 = getelementptr inbounds i8, ptr %2, i64 %53
  %55 = trunc nuw nsw i64 %46 to i32
  %56 = sub nsw i32 %55, %47
  %57 = icmp sgt i32 %56, 1
  br i1 %57, label %58, label %71

58:                                               ; preds = %52
  %59 = zext nneg i32 %56 to i64
  %60 = add nsw i64 %59, -1
  br label %61

61:                                               ; preds = %61, %58
  %62 = phi i64 [ 0, %58 ], [ %68, %61 ]
  %63 = phi i64 [ %60, %58 ], [ %69, %61 ]
  %64 = getelementptr inbounds nuw i8, ptr %54, i64 %62
  %65 = load i8, ptr %64, align 1, !tbaa !5
  %66 = getelementptr inbounds i8, ptr %54, i64 %63
  %67 = load i8, ptr %66, align 1, !tbaa !5
  store i8 %67, ptr %64, align 1, !tbaa !5
  store i8 %65, ptr %66, align 1, !tbaa !5
  %68 = add nuw nsw i64 %62, 1
  %69 = add nsw i64 %63, -1
  %70 = icmp slt i64 %68, %69
  br i1 %70, label %61, label %71, !llvm.loop !8

71:                                               ; preds = %61, %52
  %72 = add nuw nsw i64 %46, 1
  %73 = trunc nuw i64 %72 to i32
  br label %74

74:                                               ; preds = %71, %50
  %75 = phi i64 [ %51, %50 ], [ %72, %71 ]
  %76 = phi i32 [ %47, %50 ], [ %73, %71 ]
  %77 = icmp eq i64 %75, %44
  br i1 %77, label %78, label %45, !llvm.loop !10

78:                                               ; preds = %74, %40
  %79 = call i32 @puts(ptr nonnull dereferenceable(1) %2)
  call void @llvm.lifetime.start.p0(i64 20, ptr nonnull %3) #6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(20) %3, ptr noundef nonnull align 16 dereferenceable(20) @__const.main.up, i64 20, i1 false)
  br label %210

80:                                               ; preds = %21, %138
  %81 = phi i64 [ 0, %21 ], [ %141, %138 ]
  %82 = getelementptr inbounds nuw [6 x ptr], ptr @__const.main.cands, i64 0, i64 %81
  %83 = load ptr, ptr %82, align 8, !tbaa !11
  %84 = tail call i64 @strlen(ptr noundef nonnull readonly dereferenceable(1) %83) #7
  %85 = trunc i64 %84 to i32
  br label %86

86:                                               ; preds = %119, %80
  %87 = phi i32 [ %85, %80 ], [ %123, %119 ]
  %88 = phi i32 [ 0, %80 ], [ %137, %119 ]
  %89 = add nsw i32 %87, -1
  %90 = icmp slt i32 %88, %89
  br i1 %90, label %91, label %138

91:                                               ; preds = %86
  %92 = sext i32 %88 to i64
  %93 = sext i32 %89 to i64
  br label %94

94:                                               ; preds = %99, %91
  %95 = phi i64 [ %92, %91 ], [ %100, %99 ]
  %96 = getelementptr inbounds i8, ptr %83, i64 %95
  %97 = load i8, ptr %96, align 1, !tbaa !5
  %98 = icmp eq i8 %97, 32
  br i1 %98, label %99, label %102

99:                                               ; preds = %94
  %100 = add nsw i64 %95, 1
  %101 = icmp slt i64 %100, %93
  br i1 %101, label %94, label %119, !llvm.loop !14

102:                                              ; preds = %94
  %103 = trunc nsw i64 %95 to i32
  %104 = icmp sgt i32 %89, %103
  %105 = shl i64 %95, 32
  %106 = ashr exact i64 %105, 32
  br i1 %104, label %107, label %119

107:                                              ; preds = %102, %116
  %108 = phi i64 [ %117, %116 ], [ %93, %102 ]
  %109 = getelementptr inbounds i8, ptr %83, i64 %108
  %110 = load i8, ptr %109, align 1, !tbaa !5
  %111 = icmp eq i8 %110, 32
  br i1 %111, label %116, label %112

112:                                              ; preds = %107
  %113 = trunc nsw i64 %108 to i32
  %114 = shl i64 %108, 32
  %115 = ashr exact i64 %114, 32
  br label %119

116:                                              ; preds = %107
  %117 = add nsw i64 %108, -1
  %118 = icmp sgt i64 %117, %106
  br i1 %118, label %107, label %119, !llvm.loop !15

119:                                              ; preds = %99, %116, %102, %112
  %120 = phi i32 [ %103, %112 ], [ %103, %102 ], [ %103, %116 ], [ %89, %99 ]
  %121 = phi i64 [ %106, %112 ], [ %106, %102 ], [ %106, %116 ], [ %93, %99 ]
  %122 = phi i64 [ %115, %112 ], [ %93, %102 ], [ %106, %116 ], [ %93, %99 ]
  %123 = phi i32 [ %113, %112 ], [ %89, %102 ], [ %103, %116 ], [ %89, %99 ]
  %124 = getelementptr inbounds i8, ptr %83, i64 %121
  %125 = load i8, ptr %124, align 1, !tbaa !5
  %126 = add i8 %125, -65
  %127 = icmp ult i8 %126, 26
  %128 = add nuw nsw i8 %125, 32
  %129 = select i1 %127, i8 %128, i8 %125
  %130 = getelementptr inbounds i8, ptr %83, i64 %122
  %131 = load i8, ptr %130, align 1, !tbaa !5
  %132 = add i8 %131, -65
  %133 = icmp ult i8 %132, 26
  %134 = add nuw nsw i8 %131, 32
  %135 = select i1 %133, i8 %134, i8 %131
  %136 = icmp eq i8 %129, %135
  %137 = add nsw i32 %120, 1
  br i1 %136, label %86, label %138, !llvm.loop !16

138:                                              ; preds = %86, %119
  %139 = phi i32 [ 0, %119 ], [ 1, %86 ]
  %140 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull %83, i32 noundef %139)
  %141 = add nuw nsw i64 %81, 1
  %142 = icmp eq i64 %141, 6
  br i1 %142, label %23, label %80, !llvm.loop !17

143:                                              ; preds = %217
  %144 = call i32 @puts(ptr nonnull dereferenceable(1) %3)
  br label %145

145:                                              ; preds = %148, %143
  %146 = phi ptr [ @.str.9, %143 ], [ %149, %148 ]
  %147 = load i8, ptr %146, align 1, !tbaa !5
  switch i8 %147, label %155 [
    i8 32, label %148
    i8 45, label %150
    i8 43, label %150
  ]

148:                                              ; preds = %145
  %149 = getelementptr inbounds nuw i8, ptr %146, i64 1
  br label %145, !llvm.loop !18

150:                                              ; preds = %145, %145
  %151 = getelementptr inbounds nuw i8, ptr %146, i64 1
  %152 = icmp eq i8 %147, 45
  %153 = select i1 %152, i32 -1, i32 1
  %154 = load i8, ptr %151, align 1, !tbaa !5
  br label %155

155:                                              ; preds = %145, %150
  %156 = phi i8 [ %154, %150 ], [ %147, %145 ]
  %157 = phi ptr [ %151, %150 ], [ %146, %145 ]
  %158 = phi i32 [ %153, %150 ], [ 1, %145 ]
  %159 = add i8 %156, -48
  %160 = icmp ult i8 %159, 10
  br i1 %160, label %161, label %173

161:                                              ; preds = %155, %161
  %162 = phi i8 [ %170, %161 ], [ %156, %155 ]
  %163 = phi i32 [ %169, %161 ], [ 0, %155 ]
  %164 = phi ptr [ %166, %161 ], [ %157, %155 ]
  %165 = mul nsw i32 %163, 10
  %166 = getelementptr inbounds nuw i8, ptr %164, i64 1
  %167 = add nsw i8 %162, -48
  %168 = zext nneg i8 %167 to i32
  %169 = add nsw i32 %165, %168
  %170 = load i8, ptr %166, align 1, !tbaa !5
  %171 = add i8 %170, -48
  %172 = icmp ult i8 %171, 10
  br i1 %172, label %161, label %173, !llvm.loop !19

173:                                              ; preds = %161, %155
  %174 = phi i32 [ 0, %155 ], [ %169, %161 ]
  %175 = mul nsw i32 %174, %158
  %176 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %175, i32 noundef -987, i32 noundef 42, i32 noundef 0)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %4) #6
  %177 = getelementptr inbounds nuw i8, ptr %4, i64 1
  store i8 48, ptr %4, align 16, !tbaa !5
  store i8 0, ptr %177, align 1, !tbaa !5
  %178 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, ptr noundef nonnull %4)
  br label %179

179:                                              ; preds = %189, %173
  %180 = phi i64 [ -9223372036854775808, %173 ], [ %195, %189 ]
  %181 = phi i64 [ 0, %173 ], [ %194, %189 ]
  %182 = getelementptr inbounds nuw i8, ptr %4, i64 %181
  %183 = urem i64 %180, 10
  %184 = udiv i64 %180, 10
  %185 = trunc nuw nsw i64 %183 to i8
  %186 = or disjoint i8 %185, 48
  %187 = or disjoint i64 %181, 1
  store i8 %186, ptr %182, align 2, !tbaa !5
  %188 = icmp eq i64 %181, 18
  br i1 %188, label %196, label %189, !llvm.loop !20

189:                                              ; preds = %179
  %190 = getelementptr inbounds nuw i8, ptr %4, i64 %187
  %191 = urem i64 %184, 10
  %192 = trunc nuw nsw i64 %191 to i8
  %193 = or disjoint i8 %192, 48
  %194 = add nuw nsw i64 %181, 2
  store i8 %193, ptr %190, align 1, !tbaa !5
  %195 = udiv i64 %180, 100
  br label %179

196:                                              ; preds = %179
  %197 = getelementptr inbounds nuw i8, ptr %4, i64 %187
  %198 = getelementptr inbounds nuw i8, ptr %4, i64 20
  store i8 45, ptr %197, align 1, !tbaa !5
  store i8 0, ptr %198, align 4, !tbaa !5
  %199 = getelementptr inbounds nuw i8, ptr %4, i64 16
  %200 = getelementptr inbounds nuw i8, ptr %4, i64 4
  %201 = load <16 x i8>, ptr %200, align 4, !tbaa !5
  %202 = load <4 x i8>, ptr %4, align 16, !tbaa !5
  %203 = shufflevector <4 x i8> %202, <4 x i8> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>
  store <4 x i8> %203, ptr %199, align 16, !tbaa !5
  %204 = shufflevector <16 x i8> %201, <16 x i8> poison, <16 x i32> <i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  store <16 x i8> %204, ptr %4, align 16, !tbaa !5
  %205 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef nonnull %4)
  %206 = getelementptr inbounds nuw i8, ptr %4, i64 2
  store i8 0, ptr %206, align 2, !tbaa !5
  store i8 102, ptr %4, align 16, !tbaa !5
  store i8 102, ptr %177, align 1, !tbaa !5
  %207 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef nonnull %4)
  %208 = getelementptr inbounds nuw i8, ptr %4, i64 4
  store i8 0, ptr %208, align 4, !tbaa !5
  store <4 x i8> <i8 45, i8 49, i8 48, i8 49>, ptr %4, align 16, !tbaa !5
  %209 = call i32 @puts(ptr nonnull dereferenceable(1) %4)
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %4) #6
  call void @llvm.lifetime.end.p0(i64 20, ptr nonnull %3) #6
  call void @llvm.lifetime.end.p0(i64 26, ptr nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 18, ptr nonnull %1) #6
  ret i32 0

210:                                              ; preds = %78, %217
  %211 = phi i8 [ %219, %217 ], [ 77, %78 ]
  %212 = phi ptr [ %218, %217 ], [ %3, %78 ]
  %213 = add i8 %211, -97
  %214 = icmp ult i8 %213, 26
  br i1 %214, label %215, label %217

215:                                              ; preds = %210
  %216 = add nsw i8 %211, -32
  store i8 %216, ptr %212, align 1, !tbaa !5
  br label %217

217:                                              ; preds = %210, %215
  %218 = getelementptr inbounds nuw i8, ptr %212, i64 1
  %219 = load i8, ptr %218, align 1, !tbaa !5
  %220 = icmp eq i8 %219, 0
  br i1 %220, label %143, label %210, !llvm.loop !21
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
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9}
!11 = !{!12, !12, i64 0}
!12 = !{!"p1 omnipotent char", !13, i64 0}
!13 = !{!"any pointer", !6, i64 0}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !9}
!21 = distinct !{!21, !9}
