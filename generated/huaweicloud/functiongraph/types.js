/** Every value {@link Runtime} may take, in the order the spec lists them. */
export const RuntimeValues = [
    "Java8",
    "Java11",
    "Java17",
    "Java21",
    "Python2.7",
    "Python3.6",
    "Python3.9",
    "Python3.10",
    "Python3.12",
    "Go1.x",
    "Node.js6.10",
    "Node.js8.10",
    "Node.js10.16",
    "Node.js12.13",
    "Node.js14.18",
    "Node.js16.17",
    "Node.js18.15",
    "Node.js20.15",
    "C#(.NET Core 2.1)",
    "C#(.NET Core 3.1)",
    "C#(.NET Core 6.0)",
    "C#(.NET Core 8.0)",
    "Custom",
    "PHP7.3",
    "PHP8.3",
    "Cangjie1.0",
    "Cangjie0.52.3",
    "http",
    "Custom Image"
];
/** Every value {@link CreateFunctionRequestBodyMemorySize} may take, in the order the spec lists them. */
export const CreateFunctionRequestBodyMemorySizeValues = [
    128,
    256,
    512,
    768,
    1024,
    1280,
    1536,
    1792,
    2048,
    2560,
    3072,
    3584,
    4096
];
/** Every value {@link CreateFunctionRequestBodyGpuMemory} may take, in the order the spec lists them. */
export const CreateFunctionRequestBodyGpuMemoryValues = [
    1024,
    2048,
    3072,
    4096,
    5120,
    6144,
    7168,
    8192,
    9216,
    10240,
    11264,
    12288,
    13312,
    14336,
    15360,
    16384
];
/** Every value {@link CreateFunctionRequestBodyCodeType} may take, in the order the spec lists them. */
export const CreateFunctionRequestBodyCodeTypeValues = [
    "inline",
    "zip",
    "obs",
    "jar",
    "Custom-Image-Swr"
];
/** Every value {@link CreateFunctionRequestBodyType} may take, in the order the spec lists them. */
export const CreateFunctionRequestBodyTypeValues = ["v1", "v2"];
/** Every value {@link CreateFunctionResponseBodyMemorySize} may take, in the order the spec lists them. */
export const CreateFunctionResponseBodyMemorySizeValues = [
    128,
    256,
    512,
    768,
    1024,
    1280,
    1536,
    1792,
    2048,
    2560,
    3072,
    3584,
    4096
];
/** Every value {@link CreateFunctionResponseBodyGpuMemory} may take, in the order the spec lists them. */
export const CreateFunctionResponseBodyGpuMemoryValues = [
    1024,
    2048,
    3072,
    4096,
    5120,
    6144,
    7168,
    8192,
    9216,
    10240,
    11264,
    12288,
    13312,
    14336,
    15360,
    16384
];
/** Every value {@link CreateFunctionResponseBodyCodeType} may take, in the order the spec lists them. */
export const CreateFunctionResponseBodyCodeTypeValues = [
    "inline",
    "zip",
    "obs",
    "jar",
    "Custom-Image-Swr"
];
/** Every value {@link CreateFunctionResponseBodyType} may take, in the order the spec lists them. */
export const CreateFunctionResponseBodyTypeValues = ["v1", "v2"];
/** Every value {@link CreateFunctionResponseBodyEphemeralStorage} may take, in the order the spec lists them. */
export const CreateFunctionResponseBodyEphemeralStorageValues = [512, 10240];
/** Every value {@link UpdateFunctionConfigRequestBodyMemorySize} may take, in the order the spec lists them. */
export const UpdateFunctionConfigRequestBodyMemorySizeValues = [
    128,
    256,
    512,
    768,
    1024,
    1280,
    1536,
    1792,
    2048,
    2560,
    3072,
    3584,
    4096
];
/** Every value {@link UpdateFunctionConfigRequestBodyGpuMemory} may take, in the order the spec lists them. */
export const UpdateFunctionConfigRequestBodyGpuMemoryValues = [
    1024,
    2048,
    3072,
    4096,
    5120,
    6144,
    7168,
    8192,
    9216,
    10240,
    11264,
    12288,
    13312,
    14336,
    15360,
    16384
];
/** Every value {@link UpdateFunctionConfigRequestBodyEphemeralStorage} may take, in the order the spec lists them. */
export const UpdateFunctionConfigRequestBodyEphemeralStorageValues = [512, 10240];
/** Every value {@link UpdateFunctionConfigResponseBodyMemorySize} may take, in the order the spec lists them. */
export const UpdateFunctionConfigResponseBodyMemorySizeValues = [
    128,
    256,
    512,
    768,
    1024,
    1280,
    1536,
    1792,
    2048,
    2560,
    3072,
    3584,
    4096
];
/** Every value {@link UpdateFunctionConfigResponseBodyGpuMemory} may take, in the order the spec lists them. */
export const UpdateFunctionConfigResponseBodyGpuMemoryValues = [
    1024,
    2048,
    3072,
    4096,
    5120,
    6144,
    7168,
    8192,
    9216,
    10240,
    11264,
    12288,
    13312,
    14336,
    15360,
    16384
];
/** Every value {@link UpdateFunctionConfigResponseBodyCodeType} may take, in the order the spec lists them. */
export const UpdateFunctionConfigResponseBodyCodeTypeValues = [
    "inline",
    "zip",
    "obs",
    "jar",
    "Custom-Image-Swr"
];
/** Every value {@link UpdateFunctionConfigResponseBodyEphemeralStorage} may take, in the order the spec lists them. */
export const UpdateFunctionConfigResponseBodyEphemeralStorageValues = [512, 10240];
/** Every value {@link UpdateFunctionConfigResponseBodyType} may take, in the order the spec lists them. */
export const UpdateFunctionConfigResponseBodyTypeValues = ["v1", "v2"];
/** Every value {@link UpdateFunctionCodeRequestBodyCodeType} may take, in the order the spec lists them. */
export const UpdateFunctionCodeRequestBodyCodeTypeValues = [
    "inline",
    "zip",
    "obs",
    "jar"
];
/** Every value {@link UpdateFunctionCodeResponseBodyCodeType} may take, in the order the spec lists them. */
export const UpdateFunctionCodeResponseBodyCodeTypeValues = [
    "inline",
    "zip",
    "obs",
    "jar",
    "Custom-Image-Swr"
];
/** Every value {@link FuncMountMountType} may take, in the order the spec lists them. */
export const FuncMountMountTypeValues = [
    "sfs",
    "sfsTurbo",
    "ecs"
];
/** Every value {@link FuncMountResponseMountType} may take, in the order the spec lists them. */
export const FuncMountResponseMountTypeValues = [
    "sfs",
    "sfsTurbo",
    "ecs"
];
/** Every value {@link UpdateFunctionCodeHeadersContentType} may take, in the order the spec lists them. */
export const UpdateFunctionCodeHeadersContentTypeValues = ["application/json"];
