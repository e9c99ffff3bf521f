// The ML instance types a production variant can run on, in the order the service lists them.

$version: "2.0"

namespace com.amazonaws.sagemaker

/// ML instance types that can host a production variant.
enum ProductionVariantInstanceType {
    /// Burstable general purpose (T2), size medium.
    ML_T2_MEDIUM = "ml.t2.medium"
    /// Burstable general purpose (T2), size large.
    ML_T2_LARGE = "ml.t2.large"
    /// Burstable general purpose (T2), size xlarge.
    ML_T2_XLARGE = "ml.t2.xlarge"
    /// Burstable general purpose (T2), size 2xlarge.
    ML_T2_2XLARGE = "ml.t2.2xlarge"
    /// General purpose, Intel Xeon (M4), size xlarge.
    ML_M4_XLARGE = "ml.m4.xlarge"
    /// General purpose, Intel Xeon (M4), size 2xlarge.
    ML_M4_2XLARGE = "ml.m4.2xlarge"
    /// General purpose, Intel Xeon (M4), size 4xlarge.
    ML_M4_4XLARGE = "ml.m4.4xlarge"
    /// General purpose, Intel Xeon (M4), size 10xlarge.
    ML_M4_10XLARGE = "ml.m4.10xlarge"
    /// General purpose, Intel Xeon (M4), size 16xlarge.
    ML_M4_16XLARGE = "ml.m4.16xlarge"
    /// General purpose, Intel Xeon (M5), size large.
    ML_M5_LARGE = "ml.m5.large"
    /// General purpose, Intel Xeon (M5), size xlarge.
    ML_M5_XLARGE = "ml.m5.xlarge"
    /// General purpose, Intel Xeon (M5), size 2xlarge.
    ML_M5_2XLARGE = "ml.m5.2xlarge"
    /// General purpose, Intel Xeon (M5), size 4xlarge.
    ML_M5_4XLARGE = "ml.m5.4xlarge"
    /// General purpose, Intel Xeon (M5), size 12xlarge.
    ML_M5_12XLARGE = "ml.m5.12xlarge"
    /// General purpose, Intel Xeon (M5), size 24xlarge.
    ML_M5_24XLARGE = "ml.m5.24xlarge"
    /// General purpose with local NVMe storage (M5d), size large.
    ML_M5D_LARGE = "ml.m5d.large"
    /// General purpose with local NVMe storage (M5d), size xlarge.
    ML_M5D_XLARGE = "ml.m5d.xlarge"
    /// General purpose with local NVMe storage (M5d), size 2xlarge.
    ML_M5D_2XLARGE = "ml.m5d.2xlarge"
    /// General purpose with local NVMe storage (M5d), size 4xlarge.
    ML_M5D_4XLARGE = "ml.m5d.4xlarge"
    /// General purpose with local NVMe storage (M5d), size 12xlarge.
    ML_M5D_12XLARGE = "ml.m5d.12xlarge"
    /// General purpose with local NVMe storage (M5d), size 24xlarge.
    ML_M5D_24XLARGE = "ml.m5d.24xlarge"
    /// Compute optimized, Intel Xeon (C4), size large.
    ML_C4_LARGE = "ml.c4.large"
    /// Compute optimized, Intel Xeon (C4), size xlarge.
    ML_C4_XLARGE = "ml.c4.xlarge"
    /// Compute optimized, Intel Xeon (C4), size 2xlarge.
    ML_C4_2XLARGE = "ml.c4.2xlarge"
    /// Compute optimized, Intel Xeon (C4), size 4xlarge.
    ML_C4_4XLARGE = "ml.c4.4xlarge"
    /// Compute optimized, Intel Xeon (C4), size 8xlarge.
    ML_C4_8XLARGE = "ml.c4.8xlarge"
    /// GPU, NVIDIA K80 (P2), size xlarge.
    ML_P2_XLARGE = "ml.p2.xlarge"
    /// GPU, NVIDIA K80 (P2), size 8xlarge.
    ML_P2_8XLARGE = "ml.p2.8xlarge"
    /// GPU, NVIDIA K80 (P2), size 16xlarge.
    ML_P2_16XLARGE = "ml.p2.16xlarge"
    /// GPU, NVIDIA V100 (P3), size 2xlarge.
    ML_P3_2XLARGE = "ml.p3.2xlarge"
    /// GPU, NVIDIA V100 (P3), size 8xlarge.
    ML_P3_8XLARGE = "ml.p3.8xlarge"
    /// GPU, NVIDIA V100 (P3), size 16xlarge.
    ML_P3_16XLARGE = "ml.p3.16xlarge"
    /// Compute optimized, Intel Xeon (C5), size large.
    ML_C5_LARGE = "ml.c5.large"
    /// Compute optimized, Intel Xeon (C5), size xlarge.
    ML_C5_XLARGE = "ml.c5.xlarge"
    /// Compute optimized, Intel Xeon (C5), size 2xlarge.
    ML_C5_2XLARGE = "ml.c5.2xlarge"
    /// Compute optimized, Intel Xeon (C5), size 4xlarge.
    ML_C5_4XLARGE = "ml.c5.4xlarge"
    /// Compute optimized, Intel Xeon (C5), size 9xlarge.
    ML_C5_9XLARGE = "ml.c5.9xlarge"
    /// Compute optimized, Intel Xeon (C5), size 18xlarge.
    ML_C5_18XLARGE = "ml.c5.18xlarge"
    /// Compute optimized with local NVMe storage (C5d), size large.
    ML_C5D_LARGE = "ml.c5d.large"
    /// Compute optimized with local NVMe storage (C5d), size xlarge.
    ML_C5D_XLARGE = "ml.c5d.xlarge"
    /// Compute optimized with local NVMe storage (C5d), size 2xlarge.
    ML_C5D_2XLARGE = "ml.c5d.2xlarge"
    /// Compute optimized with local NVMe storage (C5d), size 4xlarge.
    ML_C5D_4XLARGE = "ml.c5d.4xlarge"
    /// Compute optimized with local NVMe storage (C5d), size 9xlarge.
    ML_C5D_9XLARGE = "ml.c5d.9xlarge"
    /// Compute optimized with local NVMe storage (C5d), size 18xlarge.
    ML_C5D_18XLARGE = "ml.c5d.18xlarge"
    /// GPU, NVIDIA T4 (G4dn), size xlarge.
    ML_G4DN_XLARGE = "ml.g4dn.xlarge"
    /// GPU, NVIDIA T4 (G4dn), size 2xlarge.
    ML_G4DN_2XLARGE = "ml.g4dn.2xlarge"
    /// GPU, NVIDIA T4 (G4dn), size 4xlarge.
    ML_G4DN_4XLARGE = "ml.g4dn.4xlarge"
    /// GPU, NVIDIA T4 (G4dn), size 8xlarge.
    ML_G4DN_8XLARGE = "ml.g4dn.8xlarge"
    /// GPU, NVIDIA T4 (G4dn), size 12xlarge.
    ML_G4DN_12XLARGE = "ml.g4dn.12xlarge"
    /// GPU, NVIDIA T4 (G4dn), size 16xlarge.
    ML_G4DN_16XLARGE = "ml.g4dn.16xlarge"
    /// Memory optimized, Intel Xeon (R5), size large.
    ML_R5_LARGE = "ml.r5.large"
    /// Memory optimized, Intel Xeon (R5), size xlarge.
    ML_R5_XLARGE = "ml.r5.xlarge"
    /// Memory optimized, Intel Xeon (R5), size 2xlarge.
    ML_R5_2XLARGE = "ml.r5.2xlarge"
    /// Memory optimized, Intel Xeon (R5), size 4xlarge.
    ML_R5_4XLARGE = "ml.r5.4xlarge"
    /// Memory optimized, Intel Xeon (R5), size 12xlarge.
    ML_R5_12XLARGE = "ml.r5.12xlarge"
    /// Memory optimized, Intel Xeon (R5), size 24xlarge.
    ML_R5_24XLARGE = "ml.r5.24xlarge"
    /// Memory optimized with local NVMe storage (R5d), size large.
    ML_R5D_LARGE = "ml.r5d.large"
    /// Memory optimized with local NVMe storage (R5d), size xlarge.
    ML_R5D_XLARGE = "ml.r5d.xlarge"
    /// Memory optimized with local NVMe storage (R5d), size 2xlarge.
    ML_R5D_2XLARGE = "ml.r5d.2xlarge"
    /// Memory optimized with local NVMe storage (R5d), size 4xlarge.
    ML_R5D_4XLARGE = "ml.r5d.4xlarge"
    /// Memory optimized with local NVMe storage (R5d), size 12xlarge.
    ML_R5D_12XLARGE = "ml.r5d.12xlarge"
    /// Memory optimized with local NVMe storage (R5d), size 24xlarge.
    ML_R5D_24XLARGE = "ml.r5d.24xlarge"
    /// AWS Inferentia, first generation (Inf1), size xlarge.
    ML_INF1_XLARGE = "ml.inf1.xlarge"
    /// AWS Inferentia, first generation (Inf1), size 2xlarge.
    ML_INF1_2XLARGE = "ml.inf1.2xlarge"
    /// AWS Inferentia, first generation (Inf1), size 6xlarge.
    ML_INF1_6XLARGE = "ml.inf1.6xlarge"
    /// AWS Inferentia, first generation (Inf1), size 24xlarge.
    ML_INF1_24XLARGE = "ml.inf1.24xlarge"
    /// Habana Gaudi accelerators (DL1), size 24xlarge.
    ML_DL1_24XLARGE = "ml.dl1.24xlarge"
    /// Compute optimized, third-generation Intel Xeon (C6i), size large.
    ML_C6I_LARGE = "ml.c6i.large"
    /// Compute optimized, third-generation Intel Xeon (C6i), size xlarge.
    ML_C6I_XLARGE = "ml.c6i.xlarge"
    /// Compute optimized, third-generation Intel Xeon (C6i), size 2xlarge.
    ML_C6I_2XLARGE = "ml.c6i.2xlarge"
    /// Compute optimized, third-generation Intel Xeon (C6i), size 4xlarge.
    ML_C6I_4XLARGE = "ml.c6i.4xlarge"
    /// Compute optimized, third-generation Intel Xeon (C6i), size 8xlarge.
    ML_C6I_8XLARGE = "ml.c6i.8xlarge"
    /// Compute optimized, third-generation Intel Xeon (C6i), size 12xlarge.
    ML_C6I_12XLARGE = "ml.c6i.12xlarge"
    /// Compute optimized, third-generation Intel Xeon (C6i), size 16xlarge.
    ML_C6I_16XLARGE = "ml.c6i.16xlarge"
    /// Compute optimized, third-generation Intel Xeon (C6i), size 24xlarge.
    ML_C6I_24XLARGE = "ml.c6i.24xlarge"
    /// Compute optimized, third-generation Intel Xeon (C6i), size 32xlarge.
    ML_C6I_32XLARGE = "ml.c6i.32xlarge"
    /// General purpose, third-generation Intel Xeon (M6i), size large.
    ML_M6I_LARGE = "ml.m6i.large"
    /// General purpose, third-generation Intel Xeon (M6i), size xlarge.
    ML_M6I_XLARGE = "ml.m6i.xlarge"
    /// General purpose, third-generation Intel Xeon (M6i), size 2xlarge.
    ML_M6I_2XLARGE = "ml.m6i.2xlarge"
    /// General purpose, third-generation Intel Xeon (M6i), size 4xlarge.
    ML_M6I_4XLARGE = "ml.m6i.4xlarge"
    /// General purpose, third-generation Intel Xeon (M6i), size 8xlarge.
    ML_M6I_8XLARGE = "ml.m6i.8xlarge"
    /// General purpose, third-generation Intel Xeon (M6i), size 12xlarge.
    ML_M6I_12XLARGE = "ml.m6i.12xlarge"
    /// General purpose, third-generation Intel Xeon (M6i), size 16xlarge.
    ML_M6I_16XLARGE = "ml.m6i.16xlarge"
    /// General purpose, third-generation Intel Xeon (M6i), size 24xlarge.
    ML_M6I_24XLARGE = "ml.m6i.24xlarge"
    /// General purpose, third-generation Intel Xeon (M6i), size 32xlarge.
    ML_M6I_32XLARGE = "ml.m6i.32xlarge"
    /// Memory optimized, third-generation Intel Xeon (R6i), size large.
    ML_R6I_LARGE = "ml.r6i.large"
    /// Memory optimized, third-generation Intel Xeon (R6i), size xlarge.
    ML_R6I_XLARGE = "ml.r6i.xlarge"
    /// Memory optimized, third-generation Intel Xeon (R6i), size 2xlarge.
    ML_R6I_2XLARGE = "ml.r6i.2xlarge"
    /// Memory optimized, third-generation Intel Xeon (R6i), size 4xlarge.
    ML_R6I_4XLARGE = "ml.r6i.4xlarge"
    /// Memory optimized, third-generation Intel Xeon (R6i), size 8xlarge.
    ML_R6I_8XLARGE = "ml.r6i.8xlarge"
    /// Memory optimized, third-generation Intel Xeon (R6i), size 12xlarge.
    ML_R6I_12XLARGE = "ml.r6i.12xlarge"
    /// Memory optimized, third-generation Intel Xeon (R6i), size 16xlarge.
    ML_R6I_16XLARGE = "ml.r6i.16xlarge"
    /// Memory optimized, third-generation Intel Xeon (R6i), size 24xlarge.
    ML_R6I_24XLARGE = "ml.r6i.24xlarge"
    /// Memory optimized, third-generation Intel Xeon (R6i), size 32xlarge.
    ML_R6I_32XLARGE = "ml.r6i.32xlarge"
    /// GPU, NVIDIA A10G (G5), size xlarge.
    ML_G5_XLARGE = "ml.g5.xlarge"
    /// GPU, NVIDIA A10G (G5), size 2xlarge.
    ML_G5_2XLARGE = "ml.g5.2xlarge"
    /// GPU, NVIDIA A10G (G5), size 4xlarge.
    ML_G5_4XLARGE = "ml.g5.4xlarge"
    /// GPU, NVIDIA A10G (G5), size 8xlarge.
    ML_G5_8XLARGE = "ml.g5.8xlarge"
    /// GPU, NVIDIA A10G (G5), size 12xlarge.
    ML_G5_12XLARGE = "ml.g5.12xlarge"
    /// GPU, NVIDIA A10G (G5), size 16xlarge.
    ML_G5_16XLARGE = "ml.g5.16xlarge"
    /// GPU, NVIDIA A10G (G5), size 24xlarge.
    ML_G5_24XLARGE = "ml.g5.24xlarge"
    /// GPU, NVIDIA A10G (G5), size 48xlarge.
    ML_G5_48XLARGE = "ml.g5.48xlarge"
    /// GPU, NVIDIA L4 (G6), size xlarge.
    ML_G6_XLARGE = "ml.g6.xlarge"
    /// GPU, NVIDIA L4 (G6), size 2xlarge.
    ML_G6_2XLARGE = "ml.g6.2xlarge"
    /// GPU, NVIDIA L4 (G6), size 4xlarge.
    ML_G6_4XLARGE = "ml.g6.4xlarge"
    /// GPU, NVIDIA L4 (G6), size 8xlarge.
    ML_G6_8XLARGE = "ml.g6.8xlarge"
    /// GPU, NVIDIA L4 (G6), size 12xlarge.
    ML_G6_12XLARGE = "ml.g6.12xlarge"
    /// GPU, NVIDIA L4 (G6), size 16xlarge.
    ML_G6_16XLARGE = "ml.g6.16xlarge"
    /// GPU, NVIDIA L4 (G6), size 24xlarge.
    ML_G6_24XLARGE = "ml.g6.24xlarge"
    /// GPU, NVIDIA L4 (G6), size 48xlarge.
    ML_G6_48XLARGE = "ml.g6.48xlarge"
    /// Memory optimized, AWS Graviton4 (R8g), size medium.
    ML_R8G_MEDIUM = "ml.r8g.medium"
    /// Memory optimized, AWS Graviton4 (R8g), size large.
    ML_R8G_LARGE = "ml.r8g.large"
    /// Memory optimized, AWS Graviton4 (R8g), size xlarge.
    ML_R8G_XLARGE = "ml.r8g.xlarge"
    /// Memory optimized, AWS Graviton4 (R8g), size 2xlarge.
    ML_R8G_2XLARGE = "ml.r8g.2xlarge"
    /// Memory optimized, AWS Graviton4 (R8g), size 4xlarge.
    ML_R8G_4XLARGE = "ml.r8g.4xlarge"
    /// Memory optimized, AWS Graviton4 (R8g), size 8xlarge.
    ML_R8G_8XLARGE = "ml.r8g.8xlarge"
    /// Memory optimized, AWS Graviton4 (R8g), size 12xlarge.
    ML_R8G_12XLARGE = "ml.r8g.12xlarge"
    /// Memory optimized, AWS Graviton4 (R8g), size 16xlarge.
    ML_R8G_16XLARGE = "ml.r8g.16xlarge"
    /// Memory optimized, AWS Graviton4 (R8g), size 24xlarge.
    ML_R8G_24XLARGE = "ml.r8g.24xlarge"
    /// Memory optimized, AWS Graviton4 (R8g), size 48xlarge.
    ML_R8G_48XLARGE = "ml.r8g.48xlarge"
    /// GPU, NVIDIA L40S (G6e), size xlarge.
    ML_G6E_XLARGE = "ml.g6e.xlarge"
    /// GPU, NVIDIA L40S (G6e), size 2xlarge.
    ML_G6E_2XLARGE = "ml.g6e.2xlarge"
    /// GPU, NVIDIA L40S (G6e), size 4xlarge.
    ML_G6E_4XLARGE = "ml.g6e.4xlarge"
    /// GPU, NVIDIA L40S (G6e), size 8xlarge.
    ML_G6E_8XLARGE = "ml.g6e.8xlarge"
    /// GPU, NVIDIA L40S (G6e), size 12xlarge.
    ML_G6E_12XLARGE = "ml.g6e.12xlarge"
    /// GPU, NVIDIA L40S (G6e), size 16xlarge.
    ML_G6E_16XLARGE = "ml.g6e.16xlarge"
    /// GPU, NVIDIA L40S (G6e), size 24xlarge.
    ML_G6E_24XLARGE = "ml.g6e.24xlarge"
    /// GPU, NVIDIA L40S (G6e), size 48xlarge.
    ML_G6E_48XLARGE = "ml.g6e.48xlarge"
    /// GPU, NVIDIA A100 (P4d), size 24xlarge.
    ML_P4D_24XLARGE = "ml.p4d.24xlarge"
    /// Compute optimized, AWS Graviton3 (C7g), size large.
    ML_C7G_LARGE = "ml.c7g.large"
    /// Compute optimized, AWS Graviton3 (C7g), size xlarge.
    ML_C7G_XLARGE = "ml.c7g.xlarge"
    /// Compute optimized, AWS Graviton3 (C7g), size 2xlarge.
    ML_C7G_2XLARGE = "ml.c7g.2xlarge"
    /// Compute optimized, AWS Graviton3 (C7g), size 4xlarge.
    ML_C7G_4XLARGE = "ml.c7g.4xlarge"
    /// Compute optimized, AWS Graviton3 (C7g), size 8xlarge.
    ML_C7G_8XLARGE = "ml.c7g.8xlarge"
    /// Compute optimized, AWS Graviton3 (C7g), size 12xlarge.
    ML_C7G_12XLARGE = "ml.c7g.12xlarge"
    /// Compute optimized, AWS Graviton3 (C7g), size 16xlarge.
    ML_C7G_16XLARGE = "ml.c7g.16xlarge"
    /// General purpose, AWS Graviton2 (M6g), size large.
    ML_M6G_LARGE = "ml.m6g.large"
    /// General purpose, AWS Graviton2 (M6g), size xlarge.
    ML_M6G_XLARGE = "ml.m6g.xlarge"
    /// General purpose, AWS Graviton2 (M6g), size 2xlarge.
    ML_M6G_2XLARGE = "ml.m6g.2xlarge"
    /// General purpose, AWS Graviton2 (M6g), size 4xlarge.
    ML_M6G_4XLARGE = "ml.m6g.4xlarge"
    /// General purpose, AWS Graviton2 (M6g), size 8xlarge.
    ML_M6G_8XLARGE = "ml.m6g.8xlarge"
    /// General purpose, AWS Graviton2 (M6g), size 12xlarge.
    ML_M6G_12XLARGE = "ml.m6g.12xlarge"
    /// General purpose, AWS Graviton2 (M6g), size 16xlarge.
    ML_M6G_16XLARGE = "ml.m6g.16xlarge"
    /// General purpose, AWS Graviton2 with local NVMe storage (M6gd), size large.
    ML_M6GD_LARGE = "ml.m6gd.large"
    /// General purpose, AWS Graviton2 with local NVMe storage (M6gd), size xlarge.
    ML_M6GD_XLARGE = "ml.m6gd.xlarge"
    /// General purpose, AWS Graviton2 with local NVMe storage (M6gd), size 2xlarge.
    ML_M6GD_2XLARGE = "ml.m6gd.2xlarge"
    /// General purpose, AWS Graviton2 with local NVMe storage (M6gd), size 4xlarge.
    ML_M6GD_4XLARGE = "ml.m6gd.4xlarge"
    /// General purpose, AWS Graviton2 with local NVMe storage (M6gd), size 8xlarge.
    ML_M6GD_8XLARGE = "ml.m6gd.8xlarge"
    /// General purpose, AWS Graviton2 with local NVMe storage (M6gd), size 12xlarge.
    ML_M6GD_12XLARGE = "ml.m6gd.12xlarge"
    /// General purpose, AWS Graviton2 with local NVMe storage (M6gd), size 16xlarge.
    ML_M6GD_16XLARGE = "ml.m6gd.16xlarge"
    /// Compute optimized, AWS Graviton2 (C6g), size large.
    ML_C6G_LARGE = "ml.c6g.large"
    /// Compute optimized, AWS Graviton2 (C6g), size xlarge.
    ML_C6G_XLARGE = "ml.c6g.xlarge"
    /// Compute optimized, AWS Graviton2 (C6g), size 2xlarge.
    ML_C6G_2XLARGE = "ml.c6g.2xlarge"
    /// Compute optimized, AWS Graviton2 (C6g), size 4xlarge.
    ML_C6G_4XLARGE = "ml.c6g.4xlarge"
    /// Compute optimized, AWS Graviton2 (C6g), size 8xlarge.
    ML_C6G_8XLARGE = "ml.c6g.8xlarge"
    /// Compute optimized, AWS Graviton2 (C6g), size 12xlarge.
    ML_C6G_12XLARGE = "ml.c6g.12xlarge"
    /// Compute optimized, AWS Graviton2 (C6g), size 16xlarge.
    ML_C6G_16XLARGE = "ml.c6g.16xlarge"
    /// Compute optimized, AWS Graviton2 with local NVMe storage (C6gd), size large.
    ML_C6GD_LARGE = "ml.c6gd.large"
    /// Compute optimized, AWS Graviton2 with local NVMe storage (C6gd), size xlarge.
    ML_C6GD_XLARGE = "ml.c6gd.xlarge"
    /// Compute optimized, AWS Graviton2 with local NVMe storage (C6gd), size 2xlarge.
    ML_C6GD_2XLARGE = "ml.c6gd.2xlarge"
    /// Compute optimized, AWS Graviton2 with local NVMe storage (C6gd), size 4xlarge.
    ML_C6GD_4XLARGE = "ml.c6gd.4xlarge"
    /// Compute optimized, AWS Graviton2 with local NVMe storage (C6gd), size 8xlarge.
    ML_C6GD_8XLARGE = "ml.c6gd.8xlarge"
    /// Compute optimized, AWS Graviton2 with local NVMe storage (C6gd), size 12xlarge.
    ML_C6GD_12XLARGE = "ml.c6gd.12xlarge"
    /// Compute optimized, AWS Graviton2 with local NVMe storage (C6gd), size 16xlarge.
    ML_C6GD_16XLARGE = "ml.c6gd.16xlarge"
    /// Compute optimized, AWS Graviton2 with extra network bandwidth (C6gn), size large.
    ML_C6GN_LARGE = "ml.c6gn.large"
    /// Compute optimized, AWS Graviton2 with extra network bandwidth (C6gn), size xlarge.
    ML_C6GN_XLARGE = "ml.c6gn.xlarge"
    /// Compute optimized, AWS Graviton2 with extra network bandwidth (C6gn), size 2xlarge.
    ML_C6GN_2XLARGE = "ml.c6gn.2xlarge"
    /// Compute optimized, AWS Graviton2 with extra network bandwidth (C6gn), size 4xlarge.
    ML_C6GN_4XLARGE = "ml.c6gn.4xlarge"
    /// Compute optimized, AWS Graviton2 with extra network bandwidth (C6gn), size 8xlarge.
    ML_C6GN_8XLARGE = "ml.c6gn.8xlarge"
    /// Compute optimized, AWS Graviton2 with extra network bandwidth (C6gn), size 12xlarge.
    ML_C6GN_12XLARGE = "ml.c6gn.12xlarge"
    /// Compute optimized, AWS Graviton2 with extra network bandwidth (C6gn), size 16xlarge.
    ML_C6GN_16XLARGE = "ml.c6gn.16xlarge"
    /// Memory optimized, AWS Graviton2 (R6g), size large.
    ML_R6G_LARGE = "ml.r6g.large"
    /// Memory optimized, AWS Graviton2 (R6g), size xlarge.
    ML_R6G_XLARGE = "ml.r6g.xlarge"
    /// Memory optimized, AWS Graviton2 (R6g), size 2xlarge.
    ML_R6G_2XLARGE = "ml.r6g.2xlarge"
    /// Memory optimized, AWS Graviton2 (R6g), size 4xlarge.
    ML_R6G_4XLARGE = "ml.r6g.4xlarge"
    /// Memory optimized, AWS Graviton2 (R6g), size 8xlarge.
    ML_R6G_8XLARGE = "ml.r6g.8xlarge"
    /// Memory optimized, AWS Graviton2 (R6g), size 12xlarge.
    ML_R6G_12XLARGE = "ml.r6g.12xlarge"
    /// Memory optimized, AWS Graviton2 (R6g), size 16xlarge.
    ML_R6G_16XLARGE = "ml.r6g.16xlarge"
    /// Memory optimized, AWS Graviton2 with local NVMe storage (R6gd), size large.
    ML_R6GD_LARGE = "ml.r6gd.large"
    /// Memory optimized, AWS Graviton2 with local NVMe storage (R6gd), size xlarge.
    ML_R6GD_XLARGE = "ml.r6gd.xlarge"
    /// Memory optimized, AWS Graviton2 with local NVMe storage (R6gd), size 2xlarge.
    ML_R6GD_2XLARGE = "ml.r6gd.2xlarge"
    /// Memory optimized, AWS Graviton2 with local NVMe storage (R6gd), size 4xlarge.
    ML_R6GD_4XLARGE = "ml.r6gd.4xlarge"
    /// Memory optimized, AWS Graviton2 with local NVMe storage (R6gd), size 8xlarge.
    ML_R6GD_8XLARGE = "ml.r6gd.8xlarge"
    /// Memory optimized, AWS Graviton2 with local NVMe storage (R6gd), size 12xlarge.
    ML_R6GD_12XLARGE = "ml.r6gd.12xlarge"
    /// Memory optimized, AWS Graviton2 with local NVMe storage (R6gd), size 16xlarge.
    ML_R6GD_16XLARGE = "ml.r6gd.16xlarge"
    /// GPU, NVIDIA A100 80 GB (P4de), size 24xlarge.
    ML_P4DE_24XLARGE = "ml.p4de.24xlarge"
    /// AWS Trainium (Trn1), size 2xlarge.
    ML_TRN1_2XLARGE = "ml.trn1.2xlarge"
    /// AWS Trainium (Trn1), size 32xlarge.
    ML_TRN1_32XLARGE = "ml.trn1.32xlarge"
    /// AWS Trainium with extra network bandwidth (Trn1n), size 32xlarge.
    ML_TRN1N_32XLARGE = "ml.trn1n.32xlarge"
    /// AWS Trainium2 (Trn2), size 48xlarge.
    ML_TRN2_48XLARGE = "ml.trn2.48xlarge"
    /// AWS Inferentia2 (Inf2), size xlarge.
    ML_INF2_XLARGE = "ml.inf2.xlarge"
    /// AWS Inferentia2 (Inf2), size 8xlarge.
    ML_INF2_8XLARGE = "ml.inf2.8xlarge"
    /// AWS Inferentia2 (Inf2), size 24xlarge.
    ML_INF2_24XLARGE = "ml.inf2.24xlarge"
    /// AWS Inferentia2 (Inf2), size 48xlarge.
    ML_INF2_48XLARGE = "ml.inf2.48xlarge"
    /// GPU, NVIDIA H100 (P5), size 48xlarge.
    ML_P5_48XLARGE = "ml.p5.48xlarge"
    /// GPU, NVIDIA H200 (P5e), size 48xlarge.
    ML_P5E_48XLARGE = "ml.p5e.48xlarge"
    /// GPU, NVIDIA H200 with faster networking (P5en), size 48xlarge.
    ML_P5EN_48XLARGE = "ml.p5en.48xlarge"
    /// General purpose, fourth-generation Intel Xeon (M7i), size large.
    ML_M7I_LARGE = "ml.m7i.large"
    /// General purpose, fourth-generation Intel Xeon (M7i), size xlarge.
    ML_M7I_XLARGE = "ml.m7i.xlarge"
    /// General purpose, fourth-generation Intel Xeon (M7i), size 2xlarge.
    ML_M7I_2XLARGE = "ml.m7i.2xlarge"
    /// General purpose, fourth-generation Intel Xeon (M7i), size 4xlarge.
    ML_M7I_4XLARGE = "ml.m7i.4xlarge"
    /// General purpose, fourth-generation Intel Xeon (M7i), size 8xlarge.
    ML_M7I_8XLARGE = "ml.m7i.8xlarge"
    /// General purpose, fourth-generation Intel Xeon (M7i), size 12xlarge.
    ML_M7I_12XLARGE = "ml.m7i.12xlarge"
    /// General purpose, fourth-generation Intel Xeon (M7i), size 16xlarge.
    ML_M7I_16XLARGE = "ml.m7i.16xlarge"
    /// General purpose, fourth-generation Intel Xeon (M7i), size 24xlarge.
    ML_M7I_24XLARGE = "ml.m7i.24xlarge"
    /// General purpose, fourth-generation Intel Xeon (M7i), size 48xlarge.
    ML_M7I_48XLARGE = "ml.m7i.48xlarge"
    /// Compute optimized, fourth-generation Intel Xeon (C7i), size large.
    ML_C7I_LARGE = "ml.c7i.large"
    /// Compute optimized, fourth-generation Intel Xeon (C7i), size xlarge.
    ML_C7I_XLARGE = "ml.c7i.xlarge"
    /// Compute optimized, fourth-generation Intel Xeon (C7i), size 2xlarge.
    ML_C7I_2XLARGE = "ml.c7i.2xlarge"
    /// Compute optimized, fourth-generation Intel Xeon (C7i), size 4xlarge.
    ML_C7I_4XLARGE = "ml.c7i.4xlarge"
    /// Compute optimized, fourth-generation Intel Xeon (C7i), size 8xlarge.
    ML_C7I_8XLARGE = "ml.c7i.8xlarge"
    /// Compute optimized, fourth-generation Intel Xeon (C7i), size 12xlarge.
    ML_C7I_12XLARGE = "ml.c7i.12xlarge"
    /// Compute optimized, fourth-generation Intel Xeon (C7i), size 16xlarge.
    ML_C7I_16XLARGE = "ml.c7i.16xlarge"
    /// Compute optimized, fourth-generation Intel Xeon (C7i), size 24xlarge.
    ML_C7I_24XLARGE = "ml.c7i.24xlarge"
    /// Compute optimized, fourth-generation Intel Xeon (C7i), size 48xlarge.
    ML_C7I_48XLARGE = "ml.c7i.48xlarge"
    /// Memory optimized, fourth-generation Intel Xeon (R7i), size large.
    ML_R7I_LARGE = "ml.r7i.large"
    /// Memory optimized, fourth-generation Intel Xeon (R7i), size xlarge.
    ML_R7I_XLARGE = "ml.r7i.xlarge"
    /// Memory optimized, fourth-generation Intel Xeon (R7i), size 2xlarge.
    ML_R7I_2XLARGE = "ml.r7i.2xlarge"
    /// Memory optimized, fourth-generation Intel Xeon (R7i), size 4xlarge.
    ML_R7I_4XLARGE = "ml.r7i.4xlarge"
    /// Memory optimized, fourth-generation Intel Xeon (R7i), size 8xlarge.
    ML_R7I_8XLARGE = "ml.r7i.8xlarge"
    /// Memory optimized, fourth-generation Intel Xeon (R7i), size 12xlarge.
    ML_R7I_12XLARGE = "ml.r7i.12xlarge"
    /// Memory optimized, fourth-generation Intel Xeon (R7i), size 16xlarge.
    ML_R7I_16XLARGE = "ml.r7i.16xlarge"
    /// Memory optimized, fourth-generation Intel Xeon (R7i), size 24xlarge.
    ML_R7I_24XLARGE = "ml.r7i.24xlarge"
    /// Memory optimized, fourth-generation Intel Xeon (R7i), size 48xlarge.
    ML_R7I_48XLARGE = "ml.r7i.48xlarge"
}
