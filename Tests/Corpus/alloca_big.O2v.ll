; ModuleID = 'alloca_big.c'
source_filename = "alloca_big.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.anon = type { i32, [60 x i8] }

@.str = private unnamed_addr constant [15 x i8] c"big sum: %.1f\0A\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"most common: %c\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"frames: %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"copy check: %lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [21 x i8] c"records: %d size=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [256 x i32], align 16
  %2 = alloca [4096 x double], align 16
  %3 = alloca [10000 x i8], align 16
  %4 = alloca [512 x i64], align 16
  %5 = alloca [100 x %struct.anon], align 16
  call void @llvm.lifetime.start.p0(i64 32768, ptr nonnull %2) #6
  br label %6

6:                                                ; preds = %6, %0
  %7 = phi i64 [ 0, %0 ], [ %25, %6 ]
  %8 = phi <2 x i32> [ <i32 0, i32 1>, %0 ], [ %26, %6 ]
  %9 = add <2 x i32> %8, splat (i32 2)
  %10 = uitofp nneg <2 x i32> %8 to <2 x double>
  %11 = uitofp nneg <2 x i32> %9 to <2 x double>
  %12 = fmul <2 x double> %10, splat (double 5.000000e-01)
  %13 = fmul <2 x double> %11, splat (double 5.000000e-01)
  %14 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %7
  %15 = getelementptr inbounds nuw i8, ptr %14, i64 16
  store <2 x double> %12, ptr %14, align 16, !tbaa !5
  store <2 x double> %13, ptr %15, align 16, !tbaa !5
  %16 = or disjoint i64 %7, 4
  %17 = add <2 x i32> %8, splat (i32 4)
  %18 = add <2 x i32> %8, splat (i32 6)
  %19 = uitofp nneg <2 x i32> %17 to <2 x double>
  %20 = uitofp nneg <2 x i32> %18 to <2 x double>
  %21 = fmul <2 x double> %19, splat (double 5.000000e-01)
  %22 = fmul <2 x double> %20, splat (double 5.000000e-01)
  %23 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %16
  %24 = getelementptr inbounds nuw i8, ptr %23, i64 16
  store <2 x double> %21, ptr %23, align 16, !tbaa !5
  store <2 x double> %22, ptr %24, align 16, !tbaa !5
  %25 = add nuw nsw i64 %7, 8
  %26 = add <2 x i32> %8, splat (i32 8)
  %27 = icmp eq i64 %25, 4096
  br i1 %27, label %52, label %6, !llvm.loop !9

28:                                               ; preds = %52
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %73)
  call void @llvm.lifetime.start.p0(i64 10000, ptr nonnull %3) #6
  br label %30

30:                                               ; preds = %30, %28
  %31 = phi i64 [ 0, %28 ], [ %39, %30 ]
  %32 = phi <16 x i64> [ <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %28 ], [ %40, %30 ]
  %33 = mul nuw nsw <16 x i64> %32, %32
  %34 = trunc nuw <16 x i64> %33 to <16 x i32>
  %35 = urem <16 x i32> %34, splat (i32 26)
  %36 = trunc nuw nsw <16 x i32> %35 to <16 x i8>
  %37 = add nuw nsw <16 x i8> %36, splat (i8 97)
  %38 = getelementptr inbounds nuw [10000 x i8], ptr %3, i64 0, i64 %31
  store <16 x i8> %37, ptr %38, align 16, !tbaa !13
  %39 = add nuw i64 %31, 16
  %40 = add <16 x i64> %32, splat (i64 16)
  %41 = icmp eq i64 %39, 9984
  br i1 %41, label %42, label %30, !llvm.loop !14

42:                                               ; preds = %30
  %43 = getelementptr inbounds nuw i8, ptr %3, i64 9984
  store <4 x i8> <i8 97, i8 98, i8 101, i8 106>, ptr %43, align 16, !tbaa !13
  %44 = getelementptr inbounds nuw i8, ptr %3, i64 9988
  store <4 x i8> <i8 113, i8 122, i8 107, i8 120>, ptr %44, align 4, !tbaa !13
  %45 = getelementptr inbounds nuw i8, ptr %3, i64 9992
  store <4 x i8> <i8 109, i8 100, i8 119, i8 114>, ptr %45, align 8, !tbaa !13
  %46 = getelementptr inbounds nuw i8, ptr %3, i64 9996
  store i8 111, ptr %46, align 4, !tbaa !13
  %47 = getelementptr inbounds nuw i8, ptr %3, i64 9997
  store i8 110, ptr %47, align 1, !tbaa !13
  %48 = getelementptr inbounds nuw i8, ptr %3, i64 9998
  store i8 111, ptr %48, align 2, !tbaa !13
  %49 = getelementptr inbounds nuw i8, ptr %3, i64 9999
  store i8 0, ptr %49, align 1, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %1) #6
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1024) %1, i8 0, i64 1024, i1 false)
  %50 = load i8, ptr %3, align 16, !tbaa !13
  %51 = icmp eq i8 %50, 0
  br i1 %51, label %86, label %76

52:                                               ; preds = %6, %52
  %53 = phi i64 [ %74, %52 ], [ 4095, %6 ]
  %54 = phi double [ %73, %52 ], [ 0.000000e+00, %6 ]
  %55 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %53
  %56 = load double, ptr %55, align 8, !tbaa !5
  %57 = fadd double %54, %56
  %58 = add nsw i64 %53, -5
  %59 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %58
  %60 = load double, ptr %59, align 8, !tbaa !5
  %61 = fadd double %57, %60
  %62 = add nsw i64 %53, -10
  %63 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %62
  %64 = load double, ptr %63, align 8, !tbaa !5
  %65 = fadd double %61, %64
  %66 = add nsw i64 %53, -15
  %67 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %66
  %68 = load double, ptr %67, align 8, !tbaa !5
  %69 = fadd double %65, %68
  %70 = add nsw i64 %53, -20
  %71 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %70
  %72 = load double, ptr %71, align 8, !tbaa !5
  %73 = fadd double %69, %72
  %74 = add nsw i64 %53, -25
  %75 = icmp samesign ugt i64 %70, 4
  br i1 %75, label %52, label %28, !llvm.loop !15

76:                                               ; preds = %42, %76
  %77 = phi i8 [ %84, %76 ], [ %50, %42 ]
  %78 = phi ptr [ %83, %76 ], [ %3, %42 ]
  %79 = zext i8 %77 to i64
  %80 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %79
  %81 = load i32, ptr %80, align 4, !tbaa !16
  %82 = add nsw i32 %81, 1
  store i32 %82, ptr %80, align 4, !tbaa !16
  %83 = getelementptr inbounds nuw i8, ptr %78, i64 1
  %84 = load i8, ptr %83, align 1, !tbaa !13
  %85 = icmp eq i8 %84, 0
  br i1 %85, label %86, label %76, !llvm.loop !18

86:                                               ; preds = %76, %42
  br label %87

87:                                               ; preds = %87, %86
  %88 = phi i64 [ 1, %86 ], [ %134, %87 ]
  %89 = phi i32 [ 0, %86 ], [ %133, %87 ]
  %90 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %88
  %91 = load i32, ptr %90, align 4, !tbaa !16
  %92 = zext nneg i32 %89 to i64
  %93 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %92
  %94 = load i32, ptr %93, align 4, !tbaa !16
  %95 = icmp sgt i32 %91, %94
  %96 = trunc nuw nsw i64 %88 to i32
  %97 = select i1 %95, i32 %96, i32 %89
  %98 = add nuw nsw i64 %88, 1
  %99 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %98
  %100 = load i32, ptr %99, align 4, !tbaa !16
  %101 = zext nneg i32 %97 to i64
  %102 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %101
  %103 = load i32, ptr %102, align 4, !tbaa !16
  %104 = icmp sgt i32 %100, %103
  %105 = trunc nuw nsw i64 %98 to i32
  %106 = select i1 %104, i32 %105, i32 %97
  %107 = add nuw nsw i64 %88, 2
  %108 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %107
  %109 = load i32, ptr %108, align 4, !tbaa !16
  %110 = zext nneg i32 %106 to i64
  %111 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %110
  %112 = load i32, ptr %111, align 4, !tbaa !16
  %113 = icmp sgt i32 %109, %112
  %114 = trunc nuw nsw i64 %107 to i32
  %115 = select i1 %113, i32 %114, i32 %106
  %116 = add nuw nsw i64 %88, 3
  %117 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %116
  %118 = load i32, ptr %117, align 4, !tbaa !16
  %119 = zext nneg i32 %115 to i64
  %120 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %119
  %121 = load i32, ptr %120, align 4, !tbaa !16
  %122 = icmp sgt i32 %118, %121
  %123 = trunc nuw nsw i64 %116 to i32
  %124 = select i1 %122, i32 %123, i32 %115
  %125 = add nuw nsw i64 %88, 4
  %126 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %125
  %127 = load i32, ptr %126, align 4, !tbaa !16
  %128 = zext nneg i32 %124 to i64
  %129 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %128
  %130 = load i32, ptr %129, align 4, !tbaa !16
  %131 = icmp sgt i32 %127, %130
  %132 = trunc nuw nsw i64 %125 to i32
  %133 = select i1 %131, i32 %132, i32 %124
  %134 = add nuw nsw i64 %88, 5
  %135 = icmp eq i64 %134, 256
  br i1 %135, label %136, label %87, !llvm.loop !19

136:                                              ; preds = %87
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %1) #6
  %137 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %133)
  %138 = tail call fastcc i64 @frame_sum(i32 noundef 8)
  %139 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %138)
  br label %140

140:                                              ; preds = %140, %136
  %141 = phi i64 [ 0, %136 ], [ %157, %140 ]
  %142 = mul nuw nsw i64 %141, %141
  %143 = mul nuw nsw i64 %142, %141
  %144 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %141
  store i64 %143, ptr %144, align 16
  %145 = or disjoint i64 %141, 1
  %146 = mul nuw nsw i64 %145, %145
  %147 = mul nuw nsw i64 %146, %145
  %148 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %145
  store i64 %147, ptr %148, align 8
  %149 = or disjoint i64 %141, 2
  %150 = mul nuw nsw i64 %149, %149
  %151 = mul nuw nsw i64 %150, %149
  %152 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %149
  store i64 %151, ptr %152, align 16
  %153 = or disjoint i64 %141, 3
  %154 = mul nuw nsw i64 %153, %153
  %155 = mul nuw nsw i64 %154, %153
  %156 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %153
  store i64 %155, ptr %156, align 8
  %157 = add nuw nsw i64 %141, 4
  %158 = icmp eq i64 %157, 512
  br i1 %158, label %159, label %140, !llvm.loop !20

159:                                              ; preds = %140, %159
  %160 = phi i64 [ %180, %159 ], [ 0, %140 ]
  %161 = phi <2 x i64> [ %178, %159 ], [ zeroinitializer, %140 ]
  %162 = phi <2 x i64> [ %179, %159 ], [ zeroinitializer, %140 ]
  %163 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %160
  %164 = getelementptr inbounds nuw i8, ptr %163, i64 16
  %165 = load <2 x i64>, ptr %163, align 16
  %166 = load <2 x i64>, ptr %164, align 16
  %167 = and <2 x i64> %165, splat (i64 255)
  %168 = and <2 x i64> %166, splat (i64 255)
  %169 = add <2 x i64> %161, %167
  %170 = add <2 x i64> %162, %168
  %171 = or disjoint i64 %160, 4
  %172 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %171
  %173 = getelementptr inbounds nuw i8, ptr %172, i64 16
  %174 = load <2 x i64>, ptr %172, align 16
  %175 = load <2 x i64>, ptr %173, align 16
  %176 = and <2 x i64> %174, splat (i64 255)
  %177 = and <2 x i64> %175, splat (i64 255)
  %178 = add <2 x i64> %169, %176
  %179 = add <2 x i64> %170, %177
  %180 = add nuw nsw i64 %160, 8
  %181 = icmp eq i64 %180, 512
  br i1 %181, label %182, label %159, !llvm.loop !21

182:                                              ; preds = %159
  %183 = add <2 x i64> %179, %178
  %184 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %183)
  %185 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %184)
  call void @llvm.lifetime.start.p0(i64 6400, ptr nonnull %5) #6
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(6400) %5, i8 0, i64 6400, i1 false)
  br label %186

186:                                              ; preds = %186, %182
  %187 = phi i64 [ 0, %182 ], [ %203, %186 ]
  %188 = getelementptr inbounds nuw [100 x %struct.anon], ptr %5, i64 0, i64 %187
  %189 = trunc i64 %187 to i32
  %190 = mul nuw nsw i32 %189, 7
  store i32 %190, ptr %188, align 16, !tbaa !22
  %191 = trunc i64 %187 to i8
  %192 = urem i8 %191, 26
  %193 = or disjoint i8 %192, 65
  %194 = getelementptr inbounds nuw i8, ptr %188, i64 4
  store i8 %193, ptr %194, align 4, !tbaa !13
  %195 = or disjoint i64 %187, 1
  %196 = getelementptr inbounds nuw [100 x %struct.anon], ptr %5, i64 0, i64 %195
  %197 = trunc i64 %195 to i32
  %198 = mul nuw nsw i32 %197, 7
  store i32 %198, ptr %196, align 16, !tbaa !22
  %199 = trunc i64 %195 to i8
  %200 = urem i8 %199, 26
  %201 = add nuw nsw i8 %200, 65
  %202 = getelementptr inbounds nuw i8, ptr %196, i64 4
  store i8 %201, ptr %202, align 4, !tbaa !13
  %203 = add nuw nsw i64 %187, 2
  %204 = icmp eq i64 %203, 100
  br i1 %204, label %207, label %186, !llvm.loop !24

205:                                              ; preds = %207
  %206 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %240, i32 noundef 6400)
  call void @llvm.lifetime.end.p0(i64 6400, ptr nonnull %5) #6
  call void @llvm.lifetime.end.p0(i64 10000, ptr nonnull %3) #6
  call void @llvm.lifetime.end.p0(i64 32768, ptr nonnull %2) #6
  ret i32 0

207:                                              ; preds = %186, %207
  %208 = phi i64 [ %241, %207 ], [ 0, %186 ]
  %209 = phi i32 [ %240, %207 ], [ 0, %186 ]
  %210 = getelementptr inbounds nuw [100 x %struct.anon], ptr %5, i64 0, i64 %208
  %211 = load i32, ptr %210, align 16, !tbaa !22
  %212 = getelementptr inbounds nuw i8, ptr %210, i64 4
  %213 = load i8, ptr %212, align 4, !tbaa !13
  %214 = sext i8 %213 to i32
  %215 = add i32 %211, %209
  %216 = add i32 %215, %214
  %217 = or disjoint i64 %208, 1
  %218 = getelementptr inbounds nuw [100 x %struct.anon], ptr %5, i64 0, i64 %217
  %219 = load i32, ptr %218, align 16, !tbaa !22
  %220 = getelementptr inbounds nuw i8, ptr %218, i64 4
  %221 = load i8, ptr %220, align 4, !tbaa !13
  %222 = sext i8 %221 to i32
  %223 = add i32 %219, %216
  %224 = add i32 %223, %222
  %225 = or disjoint i64 %208, 2
  %226 = getelementptr inbounds nuw [100 x %struct.anon], ptr %5, i64 0, i64 %225
  %227 = load i32, ptr %226, align 16, !tbaa !22
  %228 = getelementptr inbounds nuw i8, ptr %226, i64 4
  %229 = load i8, ptr %228, align 4, !tbaa !13
  %230 = sext i8 %229 to i32
  %231 = add i32 %227, %224
  %232 = add i32 %231, %230
  %233 = or disjoint i64 %208, 3
  %234 = getelementptr inbounds nuw [100 x %struct.anon], ptr %5, i64 0, i64 %233
  %235 = load i32, ptr %234, align 16, !tbaa !22
  %236 = getelementptr inbounds nuw i8, ptr %234, i64 4
  %237 = load i8, ptr %236, align 4, !tbaa !13
  %238 = sext i8 %237 to i32
  %239 = add i32 %235, %232
  %240 = add i32 %239, %238
  %241 = add nuw nsw i64 %208, 4
  %242 = icmp eq i64 %241, 100
  br i1 %242, label %205, label %207, !llvm.loop !25
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #2

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i64 @frame_sum(i32 noundef range(i32 0, 9) %0) unnamed_addr #3 {
  %2 = alloca [2048 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 8192, ptr nonnull %2) #6
  %3 = insertelement <4 x i32> poison, i32 %0, i64 0
  %4 = shufflevector <4 x i32> %3, <4 x i32> poison, <4 x i32> zeroinitializer
  br label %5

5:                                                ; preds = %5, %1
  %6 = phi i64 [ 0, %1 ], [ %20, %5 ]
  %7 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %1 ], [ %21, %5 ]
  %8 = add <4 x i32> %7, splat (i32 4)
  %9 = xor <4 x i32> %4, %7
  %10 = xor <4 x i32> %4, %8
  %11 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %6
  %12 = getelementptr inbounds nuw i8, ptr %11, i64 16
  store <4 x i32> %9, ptr %11, align 16, !tbaa !16
  store <4 x i32> %10, ptr %12, align 16, !tbaa !16
  %13 = or disjoint i64 %6, 8
  %14 = add <4 x i32> %7, splat (i32 8)
  %15 = add <4 x i32> %7, splat (i32 12)
  %16 = xor <4 x i32> %4, %14
  %17 = xor <4 x i32> %4, %15
  %18 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %13
  %19 = getelementptr inbounds nuw i8, ptr %18, i64 16
  store <4 x i32> %16, ptr %18, align 16, !tbaa !16
  store <4 x i32> %17, ptr %19, align 16, !tbaa !16
  %20 = add nuw nsw i64 %6, 16
  %21 = add <4 x i32> %7, splat (i32 16)
  %22 = icmp eq i64 %20, 2048
  br i1 %22, label %25, label %5, !llvm.loop !26

23:                                               ; preds = %25
  %24 = icmp eq i32 %0, 0
  br i1 %24, label %74, label %70

25:                                               ; preds = %5, %43
  %26 = phi i64 [ %69, %43 ], [ 0, %5 ]
  %27 = phi i64 [ %68, %43 ], [ 0, %5 ]
  %28 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %26
  %29 = load i32, ptr %28, align 16, !tbaa !16
  %30 = sext i32 %29 to i64
  %31 = add nsw i64 %27, %30
  %32 = or disjoint i64 %26, 3
  %33 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %32
  %34 = load i32, ptr %33, align 4, !tbaa !16
  %35 = sext i32 %34 to i64
  %36 = add nsw i64 %31, %35
  %37 = or disjoint i64 %26, 6
  %38 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %37
  %39 = load i32, ptr %38, align 8, !tbaa !16
  %40 = sext i32 %39 to i64
  %41 = add nsw i64 %36, %40
  %42 = icmp samesign ult i64 %37, 2045
  br i1 %42, label %43, label %23, !llvm.loop !27

43:                                               ; preds = %25
  %44 = add nuw nsw i64 %26, 9
  %45 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %44
  %46 = load i32, ptr %45, align 4, !tbaa !16
  %47 = sext i32 %46 to i64
  %48 = add nsw i64 %41, %47
  %49 = add nuw nsw i64 %26, 12
  %50 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %49
  %51 = load i32, ptr %50, align 16, !tbaa !16
  %52 = sext i32 %51 to i64
  %53 = add nsw i64 %48, %52
  %54 = add nuw nsw i64 %26, 15
  %55 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %54
  %56 = load i32, ptr %55, align 4, !tbaa !16
  %57 = sext i32 %56 to i64
  %58 = add nsw i64 %53, %57
  %59 = add nuw nsw i64 %26, 18
  %60 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %59
  %61 = load i32, ptr %60, align 8, !tbaa !16
  %62 = sext i32 %61 to i64
  %63 = add nsw i64 %58, %62
  %64 = add nuw nsw i64 %26, 21
  %65 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !16
  %67 = sext i32 %66 to i64
  %68 = add nsw i64 %63, %67
  %69 = add nuw nsw i64 %26, 24
  br label %25

70:                                               ; preds = %23
  %71 = add nsw i32 %0, -1
  %72 = tail call fastcc i64 @frame_sum(i32 noundef %71)
  %73 = add nsw i64 %72, %41
  br label %74

74:                                               ; preds = %70, %23
  %75 = phi i64 [ %73, %70 ], [ %41, %23 ]
  call void @llvm.lifetime.end.p0(i64 8192, ptr nonnull %2) #6
  ret i64 %75
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
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
!6 = !{!"double", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10, !11, !12}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!"llvm.loop.unroll.runtime.disable"}
!13 = !{!7, !7, i64 0}
!14 = distinct !{!14, !10, !11, !12}
!15 = distinct !{!15, !10}
!16 = !{!17, !17, i64 0}
!17 = !{!"int", !7, i64 0}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10, !11, !12}
!22 = !{!23, !17, i64 0}
!23 = !{!"", !17, i64 0, !7, i64 4}
!24 = distinct !{!24, !10}
!25 = distinct !{!25, !10}
!26 = distinct !{!26, !10, !11, !12}
!27 = distinct !{!27, !10}
