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
  call void @llvm.lifetime.start.p0(i64 32768, ptr nonnull %2) #5
  br label %6

6:                                                ; preds = %6, %0
  %7 = phi i64 [ 0, %0 ], [ %27, %6 ]
  %8 = trunc nuw nsw i64 %7 to i32
  %9 = uitofp nneg i32 %8 to double
  %10 = fmul double %9, 5.000000e-01
  %11 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %7
  store double %10, ptr %11, align 16, !tbaa !5
  %12 = or disjoint i64 %7, 1
  %13 = trunc nuw nsw i64 %12 to i32
  %14 = uitofp nneg i32 %13 to double
  %15 = fmul double %14, 5.000000e-01
  %16 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %12
  store double %15, ptr %16, align 8, !tbaa !5
  %17 = or disjoint i64 %7, 2
  %18 = trunc nuw nsw i64 %17 to i32
  %19 = uitofp nneg i32 %18 to double
  %20 = fmul double %19, 5.000000e-01
  %21 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %17
  store double %20, ptr %21, align 16, !tbaa !5
  %22 = or disjoint i64 %7, 3
  %23 = trunc nuw nsw i64 %22 to i32
  %24 = uitofp nneg i32 %23 to double
  %25 = fmul double %24, 5.000000e-01
  %26 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %22
  store double %25, ptr %26, align 8, !tbaa !5
  %27 = add nuw nsw i64 %7, 4
  %28 = icmp eq i64 %27, 4096
  br i1 %28, label %31, label %6, !llvm.loop !9

29:                                               ; preds = %31
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %52)
  call void @llvm.lifetime.start.p0(i64 10000, ptr nonnull %3) #5
  br label %123

31:                                               ; preds = %6, %31
  %32 = phi i64 [ %53, %31 ], [ 4095, %6 ]
  %33 = phi double [ %52, %31 ], [ 0.000000e+00, %6 ]
  %34 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %32
  %35 = load double, ptr %34, align 8, !tbaa !5
  %36 = fadd double %33, %35
  %37 = add nsw i64 %32, -5
  %38 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %37
  %39 = load double, ptr %38, align 8, !tbaa !5
  %40 = fadd double %36, %39
  %41 = add nsw i64 %32, -10
  %42 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %41
  %43 = load double, ptr %42, align 8, !tbaa !5
  %44 = fadd double %40, %43
  %45 = add nsw i64 %32, -15
  %46 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %45
  %47 = load double, ptr %46, align 8, !tbaa !5
  %48 = fadd double %44, %47
  %49 = add nsw i64 %32, -20
  %50 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %49
  %51 = load double, ptr %50, align 8, !tbaa !5
  %52 = fadd double %48, %51
  %53 = add nsw i64 %32, -25
  %54 = icmp samesign ugt i64 %49, 4
  br i1 %54, label %31, label %29, !llvm.loop !11

55:                                               ; preds = %123
  %56 = getelementptr inbounds nuw i8, ptr %3, i64 9999
  store i8 0, ptr %56, align 1, !tbaa !12
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %1) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1024) %1, i8 0, i64 1024, i1 false)
  %57 = load i8, ptr %3, align 16, !tbaa !12
  %58 = icmp eq i8 %57, 0
  br i1 %58, label %69, label %59

59:                                               ; preds = %55, %59
  %60 = phi i8 [ %67, %59 ], [ %57, %55 ]
  %61 = phi ptr [ %66, %59 ], [ %3, %55 ]
  %62 = zext i8 %60 to i64
  %63 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %62
  %64 = load i32, ptr %63, align 4, !tbaa !13
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %63, align 4, !tbaa !13
  %66 = getelementptr inbounds nuw i8, ptr %61, i64 1
  %67 = load i8, ptr %66, align 1, !tbaa !12
  %68 = icmp eq i8 %67, 0
  br i1 %68, label %69, label %59, !llvm.loop !15

69:                                               ; preds = %59, %55
  br label %70

70:                                               ; preds = %70, %69
  %71 = phi i64 [ 1, %69 ], [ %117, %70 ]
  %72 = phi i32 [ 0, %69 ], [ %116, %70 ]
  %73 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %71
  %74 = load i32, ptr %73, align 4, !tbaa !13
  %75 = zext nneg i32 %72 to i64
  %76 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %75
  %77 = load i32, ptr %76, align 4, !tbaa !13
  %78 = icmp sgt i32 %74, %77
  %79 = trunc nuw nsw i64 %71 to i32
  %80 = select i1 %78, i32 %79, i32 %72
  %81 = add nuw nsw i64 %71, 1
  %82 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %81
  %83 = load i32, ptr %82, align 4, !tbaa !13
  %84 = zext nneg i32 %80 to i64
  %85 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %84
  %86 = load i32, ptr %85, align 4, !tbaa !13
  %87 = icmp sgt i32 %83, %86
  %88 = trunc nuw nsw i64 %81 to i32
  %89 = select i1 %87, i32 %88, i32 %80
  %90 = add nuw nsw i64 %71, 2
  %91 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %90
  %92 = load i32, ptr %91, align 4, !tbaa !13
  %93 = zext nneg i32 %89 to i64
  %94 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %93
  %95 = load i32, ptr %94, align 4, !tbaa !13
  %96 = icmp sgt i32 %92, %95
  %97 = trunc nuw nsw i64 %90 to i32
  %98 = select i1 %96, i32 %97, i32 %89
  %99 = add nuw nsw i64 %71, 3
  %100 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %99
  %101 = load i32, ptr %100, align 4, !tbaa !13
  %102 = zext nneg i32 %98 to i64
  %103 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %102
  %104 = load i32, ptr %103, align 4, !tbaa !13
  %105 = icmp sgt i32 %101, %104
  %106 = trunc nuw nsw i64 %99 to i32
  %107 = select i1 %105, i32 %106, i32 %98
  %108 = add nuw nsw i64 %71, 4
  %109 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %108
  %110 = load i32, ptr %109, align 4, !tbaa !13
  %111 = zext nneg i32 %107 to i64
  %112 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %111
  %113 = load i32, ptr %112, align 4, !tbaa !13
  %114 = icmp sgt i32 %110, %113
  %115 = trunc nuw nsw i64 %108 to i32
  %116 = select i1 %114, i32 %115, i32 %107
  %117 = add nuw nsw i64 %71, 5
  %118 = icmp eq i64 %117, 256
  br i1 %118, label %119, label %70, !llvm.loop !16

119:                                              ; preds = %70
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %1) #5
  %120 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %116)
  %121 = tail call fastcc i64 @frame_sum(i32 noundef 8)
  %122 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %121)
  br label %141

123:                                              ; preds = %132, %29
  %124 = phi i64 [ 0, %29 ], [ %140, %132 ]
  %125 = mul nuw nsw i64 %124, %124
  %126 = trunc nuw i64 %125 to i32
  %127 = urem i32 %126, 26
  %128 = trunc nuw nsw i32 %127 to i8
  %129 = or disjoint i8 %128, 97
  %130 = getelementptr inbounds nuw [10000 x i8], ptr %3, i64 0, i64 %124
  store i8 %129, ptr %130, align 2, !tbaa !12
  %131 = icmp eq i64 %124, 9998
  br i1 %131, label %55, label %132, !llvm.loop !17

132:                                              ; preds = %123
  %133 = or disjoint i64 %124, 1
  %134 = mul nuw nsw i64 %133, %133
  %135 = trunc nuw i64 %134 to i32
  %136 = urem i32 %135, 26
  %137 = trunc nuw nsw i32 %136 to i8
  %138 = add nuw nsw i8 %137, 97
  %139 = getelementptr inbounds nuw [10000 x i8], ptr %3, i64 0, i64 %133
  store i8 %138, ptr %139, align 1, !tbaa !12
  %140 = add nuw nsw i64 %124, 2
  br label %123

141:                                              ; preds = %141, %119
  %142 = phi i64 [ 0, %119 ], [ %158, %141 ]
  %143 = mul nuw nsw i64 %142, %142
  %144 = mul nuw nsw i64 %143, %142
  %145 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %142
  store i64 %144, ptr %145, align 16
  %146 = or disjoint i64 %142, 1
  %147 = mul nuw nsw i64 %146, %146
  %148 = mul nuw nsw i64 %147, %146
  %149 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %146
  store i64 %148, ptr %149, align 8
  %150 = or disjoint i64 %142, 2
  %151 = mul nuw nsw i64 %150, %150
  %152 = mul nuw nsw i64 %151, %150
  %153 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %150
  store i64 %152, ptr %153, align 16
  %154 = or disjoint i64 %142, 3
  %155 = mul nuw nsw i64 %154, %154
  %156 = mul nuw nsw i64 %155, %154
  %157 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %154
  store i64 %156, ptr %157, align 8
  %158 = add nuw nsw i64 %142, 4
  %159 = icmp eq i64 %158, 512
  br i1 %159, label %162, label %141, !llvm.loop !18

160:                                              ; preds = %162
  %161 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %183)
  call void @llvm.lifetime.start.p0(i64 6400, ptr nonnull %5) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(6400) %5, i8 0, i64 6400, i1 false)
  br label %186

162:                                              ; preds = %141, %162
  %163 = phi i64 [ %184, %162 ], [ 0, %141 ]
  %164 = phi i64 [ %183, %162 ], [ 0, %141 ]
  %165 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %163
  %166 = load i64, ptr %165, align 16
  %167 = and i64 %166, 255
  %168 = add i64 %164, %167
  %169 = or disjoint i64 %163, 1
  %170 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %169
  %171 = load i64, ptr %170, align 8
  %172 = and i64 %171, 255
  %173 = add i64 %168, %172
  %174 = or disjoint i64 %163, 2
  %175 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %174
  %176 = load i64, ptr %175, align 16
  %177 = and i64 %176, 255
  %178 = add i64 %173, %177
  %179 = or disjoint i64 %163, 3
  %180 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %179
  %181 = load i64, ptr %180, align 8
  %182 = and i64 %181, 255
  %183 = add i64 %178, %182
  %184 = add nuw nsw i64 %163, 4
  %185 = icmp eq i64 %184, 512
  br i1 %185, label %160, label %162, !llvm.loop !19

186:                                              ; preds = %186, %160
  %187 = phi i64 [ 0, %160 ], [ %203, %186 ]
  %188 = getelementptr inbounds nuw [100 x %struct.anon], ptr %5, i64 0, i64 %187
  %189 = trunc i64 %187 to i32
  %190 = mul nuw nsw i32 %189, 7
  store i32 %190, ptr %188, align 16, !tbaa !20
  %191 = trunc i64 %187 to i8
  %192 = urem i8 %191, 26
  %193 = or disjoint i8 %192, 65
  %194 = getelementptr inbounds nuw i8, ptr %188, i64 4
  store i8 %193, ptr %194, align 4, !tbaa !12
  %195 = or disjoint i64 %187, 1
  %196 = getelementptr inbounds nuw [100 x %struct.anon], ptr %5, i64 0, i64 %195
  %197 = trunc i64 %195 to i32
  %198 = mul nuw nsw i32 %197, 7
  store i32 %198, ptr %196, align 16, !tbaa !20
  %199 = trunc i64 %195 to i8
  %200 = urem i8 %199, 26
  %201 = add nuw nsw i8 %200, 65
  %202 = getelementptr inbounds nuw i8, ptr %196, i64 4
  store i8 %201, ptr %202, align 4, !tbaa !12
  %203 = add nuw nsw i64 %187, 2
  %204 = icmp eq i64 %203, 100
  br i1 %204, label %207, label %186, !llvm.loop !22

205:                                              ; preds = %207
  %206 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %240, i32 noundef 6400)
  call void @llvm.lifetime.end.p0(i64 6400, ptr nonnull %5) #5
  call void @llvm.lifetime.end.p0(i64 10000, ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(i64 32768, ptr nonnull %2) #5
  ret i32 0

207:                                              ; preds = %186, %207
  %208 = phi i64 [ %241, %207 ], [ 0, %186 ]
  %209 = phi i32 [ %240, %207 ], [ 0, %186 ]
  %210 = getelementptr inbounds nuw [100 x %struct.anon], ptr %5, i64 0, i64 %208
  %211 = load i32, ptr %210, align 16, !tbaa !20
  %212 = getelementptr inbounds nuw i8, ptr %210, i64 4
  %213 = load i8, ptr %212, align 4, !tbaa !12
  %214 = sext i8 %213 to i32
  %215 = add i32 %211, %209
  %216 = add i32 %215, %214
  %217 = or disjoint i64 %208, 1
  %218 = getelementptr inbounds nuw [100 x %struct.anon], ptr %5, i64 0, i64 %217
  %219 = load i32, ptr %218, align 16, !tbaa !20
  %220 = getelementptr inbounds nuw i8, ptr %218, i64 4
  %221 = load i8, ptr %220, align 4, !tbaa !12
  %222 = sext i8 %221 to i32
  %223 = add i32 %219, %216
  %224 = add i32 %223, %222
  %225 = or disjoint i64 %208, 2
  %226 = getelementptr inbounds nuw [100 x %struct.anon], ptr %5, i64 0, i64 %225
  %227 = load i32, ptr %226, align 16, !tbaa !20
  %228 = getelementptr inbounds nuw i8, ptr %226, i64 4
  %229 = load i8, ptr %228, align 4, !tbaa !12
  %230 = sext i8 %229 to i32
  %231 = add i32 %227, %224
  %232 = add i32 %231, %230
  %233 = or disjoint i64 %208, 3
  %234 = getelementptr inbounds nuw [100 x %struct.anon], ptr %5, i64 0, i64 %233
  %235 = load i32, ptr %234, align 16, !tbaa !20
  %236 = getelementptr inbounds nuw i8, ptr %234, i64 4
  %237 = load i8, ptr %236, align 4, !tbaa !12
  %238 = sext i8 %237 to i32
  %239 = add i32 %235, %232
  %240 = add i32 %239, %238
  %241 = add nuw nsw i64 %208, 4
  %242 = icmp eq i64 %241, 100
  br i1 %242, label %205, label %207, !llvm.loop !23
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
  call void @llvm.lifetime.start.p0(i64 8192, ptr nonnull %2) #5
  br label %3

3:                                                ; preds = %3, %1
  %4 = phi i64 [ 0, %1 ], [ %20, %3 ]
  %5 = trunc nuw nsw i64 %4 to i32
  %6 = xor i32 %0, %5
  %7 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %4
  store i32 %6, ptr %7, align 16, !tbaa !13
  %8 = or disjoint i64 %4, 1
  %9 = trunc nuw nsw i64 %8 to i32
  %10 = xor i32 %0, %9
  %11 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %8
  store i32 %10, ptr %11, align 4, !tbaa !13
  %12 = or disjoint i64 %4, 2
  %13 = trunc nuw nsw i64 %12 to i32
  %14 = xor i32 %0, %13
  %15 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %12
  store i32 %14, ptr %15, align 8, !tbaa !13
  %16 = or disjoint i64 %4, 3
  %17 = trunc nuw nsw i64 %16 to i32
  %18 = xor i32 %0, %17
  %19 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %16
  store i32 %18, ptr %19, align 4, !tbaa !13
  %20 = add nuw nsw i64 %4, 4
  %21 = icmp eq i64 %20, 2048
  br i1 %21, label %24, label %3, !llvm.loop !24

22:                                               ; preds = %24
  %23 = icmp eq i32 %0, 0
  br i1 %23, label %73, label %69

24:                                               ; preds = %3, %42
  %25 = phi i64 [ %68, %42 ], [ 0, %3 ]
  %26 = phi i64 [ %67, %42 ], [ 0, %3 ]
  %27 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %25
  %28 = load i32, ptr %27, align 16, !tbaa !13
  %29 = sext i32 %28 to i64
  %30 = add nsw i64 %26, %29
  %31 = or disjoint i64 %25, 3
  %32 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %31
  %33 = load i32, ptr %32, align 4, !tbaa !13
  %34 = sext i32 %33 to i64
  %35 = add nsw i64 %30, %34
  %36 = or disjoint i64 %25, 6
  %37 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %36
  %38 = load i32, ptr %37, align 8, !tbaa !13
  %39 = sext i32 %38 to i64
  %40 = add nsw i64 %35, %39
  %41 = icmp samesign ult i64 %36, 2045
  br i1 %41, label %42, label %22, !llvm.loop !25

42:                                               ; preds = %24
  %43 = add nuw nsw i64 %25, 9
  %44 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %43
  %45 = load i32, ptr %44, align 4, !tbaa !13
  %46 = sext i32 %45 to i64
  %47 = add nsw i64 %40, %46
  %48 = add nuw nsw i64 %25, 12
  %49 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %48
  %50 = load i32, ptr %49, align 16, !tbaa !13
  %51 = sext i32 %50 to i64
  %52 = add nsw i64 %47, %51
  %53 = add nuw nsw i64 %25, 15
  %54 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %53
  %55 = load i32, ptr %54, align 4, !tbaa !13
  %56 = sext i32 %55 to i64
  %57 = add nsw i64 %52, %56
  %58 = add nuw nsw i64 %25, 18
  %59 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %58
  %60 = load i32, ptr %59, align 8, !tbaa !13
  %61 = sext i32 %60 to i64
  %62 = add nsw i64 %57, %61
  %63 = add nuw nsw i64 %25, 21
  %64 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %63
  %65 = load i32, ptr %64, align 4, !tbaa !13
  %66 = sext i32 %65 to i64
  %67 = add nsw i64 %62, %66
  %68 = add nuw nsw i64 %25, 24
  br label %24

69:                                               ; preds = %22
  %70 = add nsw i32 %0, -1
  %71 = tail call fastcc i64 @frame_sum(i32 noundef %70)
  %72 = add nsw i64 %71, %40
  br label %73

73:                                               ; preds = %69, %22
  %74 = phi i64 [ %72, %69 ], [ %40, %22 ]
  call void @llvm.lifetime.end.p0(i64 8192, ptr nonnull %2) #5
  ret i64 %74
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!6 = !{!"double", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = !{!7, !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"int", !7, i64 0}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = !{!21, !14, i64 0}
!21 = !{!"", !14, i64 0, !7, i64 4}
!22 = distinct !{!22, !10}
!23 = distinct !{!23, !10}
!24 = distinct !{!24, !10}
!25 = distinct !{!25, !10}
