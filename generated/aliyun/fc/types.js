/** Every value {@link UpdateFunctionRequestBodyRuntime} may take, in the order the spec lists them. */
export const UpdateFunctionRequestBodyRuntimeValues = [
    "nodejs20",
    "nodejs18",
    "nodejs16",
    "nodejs14",
    "nodejs12",
    "nodejs10",
    "nodejs8",
    "nodejs6",
    "nodejs4.4",
    "python3.10",
    "python3.9",
    "python3",
    "python2.7",
    "java11",
    "java8",
    "go1",
    "php7.2",
    "dotnetcore3.1",
    "dotnetcore2.1",
    "custom.debian10",
    "custom",
    "custom-container"
];
/** Every value {@link UpdateFunctionRequestBodyDiskSize} may take, in the order the spec lists them. */
export const UpdateFunctionRequestBodyDiskSizeValues = [512, 10240];
