export type $Read<T> = {
    readonly $read: T;
};
export type $Write<T> = {
    readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? { [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]> } : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? { [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]> } & { [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never } : T;
export interface paths {
    "/2021-04-06/services/{serviceName}/functions/{functionName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a function
         * @description Changes the configuration and, optionally, the code package of an existing function in a service. Every body field is optional. The caller needs the RAM action `fc:UpdateFunction` (access level: update).
         */
        put: operations["UpdateFunction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        UpdateFunctionRequestBody: UpdateFunctionRequestBody;
        /** @description The function as stored after the update. The page has no response table: the fields are those of its JSON example and of the SDK model, which agree. */
        UpdateFunctionResponseBody: {
            /** @description Unique ID the service gave the function. */
            functionId?: $Read<string>;
            /** @description Name of the function. */
            functionName?: $Read<string>;
            /** @description Checksum of the function's current code package, as a decimal digit string. */
            codeChecksum?: $Read<string>;
            /** @description Size of the code package in bytes. */
            codeSize?: $Read<number>;
            /** @description When the function was created, for example 2016-08-15T15:00:00.000+0000 (the offset has no colon, so this is not RFC 3339 date-time). */
            createdTime?: $Read<string>;
            /** @description When the function was last changed, in the same form as createdTime. */
            lastModifiedTime?: $Read<string>;
            /** @description Free-text description of the function. */
            description?: string;
            /** @description Language runtime of the function. Not restricted to the request enum, so that runtimes outside the documented input list can still be read. */
            runtime?: string;
            /** @description Entry point of the function. */
            handler?: string;
            /** @description Entry point of the initializer. */
            initializer?: string;
            /** @description Invocation time limit in seconds. */
            timeout?: number;
            /** @description Initializer time limit in seconds. */
            initializationTimeout?: number;
            /** @description Memory in MB. */
            memorySize?: number;
            /** @description vCPUs. */
            cpu?: number;
            /** @description Disk space in MB. */
            diskSize?: number;
            /** @description GPU memory in MB. */
            gpuMemorySize?: number;
            /** @description Port the HTTP server of a custom runtime or container listens on. */
            caPort?: number;
            /** @description Instance type the function runs on. */
            instanceType?: string;
            /** @description Largest number of concurrent requests per instance; the request sets it as `InstanceConcurrency`. */
            instanceConcurrency?: number;
            /** @description Concurrency level that triggers starting another instance early. */
            instanceSoftConcurrency?: number;
            /** @description Environment variables of the function. */
            environmentVariables?: {
                [key: string]: string;
            };
            /** @description Attached layers, in order, as the service identifies them. */
            layers?: string[];
            /** @description ARNs of the attached layers, in order. */
            layersArnV2?: $Read<string[]>;
            /** @description Container image settings. */
            customContainerConfig?: CustomContainerConfig;
            /** @description Instance lifecycle hooks. */
            instanceLifecycleConfig?: InstanceLifecycleConfig;
            /** @description DNS settings of the instances. */
            customDNS?: CustomDNS;
            /** @description Custom-runtime start-up settings. */
            customRuntimeConfig?: CustomRuntimeConfig;
            /** @description Instance health check. */
            customHealthCheckConfig?: CustomHealthCheckConfig;
        };
        Code: Code;
        CustomContainerConfig: CustomContainerConfig;
        InstanceLifecycleConfig: InstanceLifecycleConfig;
        LifecycleHook: LifecycleHook;
        CustomDNS: CustomDNS;
        DNSOption: DNSOption;
        CustomRuntimeConfig: CustomRuntimeConfig;
        CustomHealthCheckConfig: CustomHealthCheckConfig;
        FcErrorBody: FcErrorBody;
    };
    responses: {
        /** @description The request failed. The HTTP status and the error code in the body tell why; the page itself only links to the generic Function Compute error-code list. */
        FcError: {
            headers: {
                "X-Fc-Request-Id": components["headers"]["XFcRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": FcErrorBody;
            };
        };
    };
    parameters: {
        /** @description Name of the service that contains the function. */
        ServiceName: string;
        /** @description Name of the function to update. */
        FunctionName: string;
        /** @description Entity tag of the function as last read; when given, the update only goes through if the function has not changed since (optimistic concurrency). */
        IfMatch: string;
        /** @description ID of the Alibaba Cloud account that owns the function. */
        XFcAccountId: string;
        /** @description Checksum of the code package sent in `code`; the service reports the checksum of the stored package as `codeChecksum`. */
        XFcCodeChecksum: string;
        /** @description Time at which the caller issued the request. */
        XFcDate: string;
        /** @description Caller-chosen trace ID used to follow the request through the service. */
        XFcTraceId: string;
    };
    requestBodies: never;
    headers: {
        /** @description ID the service assigned to the request; quote it when reporting a failure. */
        XFcRequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    UpdateFunction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity tag of the function as last read; when given, the update only goes through if the function has not changed since (optimistic concurrency). */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description ID of the Alibaba Cloud account that owns the function. */
                "X-Fc-Account-Id"?: components["parameters"]["XFcAccountId"];
                /** @description Checksum of the code package sent in `code`; the service reports the checksum of the stored package as `codeChecksum`. */
                "X-Fc-Code-Checksum"?: components["parameters"]["XFcCodeChecksum"];
                /** @description Time at which the caller issued the request. */
                "X-Fc-Date"?: components["parameters"]["XFcDate"];
                /** @description Caller-chosen trace ID used to follow the request through the service. */
                "X-Fc-Trace-Id"?: components["parameters"]["XFcTraceId"];
            };
            path: {
                /** @description Name of the service that contains the function. */
                serviceName: components["parameters"]["ServiceName"];
                /** @description Name of the function to update. */
                functionName: components["parameters"]["FunctionName"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": UpdateFunctionRequestBody;
            };
        };
        responses: {
            /** @description The function after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateFunctionResponseBody"];
                };
            };
            "4XX": components["responses"]["FcError"];
            "5XX": components["responses"]["FcError"];
        };
    };
}
/** @description The update itself (the page's top row `functionUpdateFields`); its fields are sent at the top level of the JSON body. All fields are optional. */
export type UpdateFunctionRequestBody = {
    /** @description New code package for the function. */
    code?: Code;
    /** @description Container image settings; used with the custom-container runtime. */
    customContainerConfig?: CustomContainerConfig;
    /** @description Layers to attach, in order. When two layers hold a file with the same name, the copy from the layer with the lower index wins. */
    layers?: string[];
    /**
     * @description Free-text description of the function.
     * @example test desc
     */
    description?: string;
    /** @description Environment variables made available to the function, as a map from variable name to value. */
    environmentVariables?: {
        [key: string]: string;
    };
    /**
     * @description Entry point of the function; its format depends on the language.
     * @example index.handler
     */
    handler?: string;
    /**
     * @description Memory for the function in MB, a multiple of 64. The allowed range depends on the instance type.
     * @example 512
     */
    memorySize?: number;
    /**
     * @description Language runtime of the function.
     * @example python3.9
     * @enum {string}
     */
    runtime?: "nodejs20" | "nodejs18" | "nodejs16" | "nodejs14" | "nodejs12" | "nodejs10" | "nodejs8" | "nodejs6" | "nodejs4.4" | "python3.10" | "python3.9" | "python3" | "python2.7" | "java11" | "java8" | "go1" | "php7.2" | "dotnetcore3.1" | "dotnetcore2.1" | "custom.debian10" | "custom" | "custom-container";
    /**
     * @description Longest time in seconds one invocation may run before it is stopped.
     * @default 3
     * @example 60
     */
    timeout?: number;
    /**
     * @description Longest time in seconds the initializer may run before it is stopped.
     * @default 3
     * @example 60
     */
    initializationTimeout?: number;
    /**
     * @description Entry point of the initializer; its format depends on the language.
     * @example index.handler
     */
    initializer?: string;
    /**
     * @description Port the HTTP server in a custom runtime or custom container listens on.
     * @example 9000
     */
    caPort?: number;
    /**
     * @description Largest number of requests one instance handles at the same time. The key has a capital I, as in the page's request table and in what the official SDK's UpdateFunction sends; the response reports the same setting as `instanceConcurrency`.
     * @example 10
     */
    InstanceConcurrency?: number;
    /**
     * @description Concurrency level on one instance above which the service starts another instance ahead of need; must not exceed InstanceConcurrency.
     * @example 5
     */
    instanceSoftConcurrency?: number;
    /**
     * @description Instance type the function runs on (the list of values is lost from the capture).
     * @example e1
     */
    instanceType?: string;
    /** @description Hooks run at points of an instance's life. */
    instanceLifecycleConfig?: InstanceLifecycleConfig;
    /** @description DNS settings used inside the function's instances. */
    customDNS?: CustomDNS;
    /** @description Start-up settings for a function on a custom runtime. */
    customRuntimeConfig?: CustomRuntimeConfig;
    /** @description Health check of the function's instances; only for custom runtimes and custom containers. */
    customHealthCheckConfig?: CustomHealthCheckConfig;
    /**
     * @description vCPUs for the function, in steps of 0.05 vCPU. The step is given as x-multipleOf rather than multipleOf because binary floating point makes multipleOf 0.05 reject valid values such as 0.15.
     * @example 1.5
     */
    cpu?: number;
    /**
     * @description Disk space for the function in MB.
     * @example 512
     * @enum {integer}
     */
    diskSize?: 512 | 10240;
    /**
     * @description GPU memory for the function in MB, a multiple of 1024.
     * @example 2048
     */
    gpuMemorySize?: number;
};
/** @description Source of a code package: either the package inline (zipFile) or an object in OSS (ossBucketName with ossObjectName). A request may use only one of the two. */
export type Code = {
    /** @description The ZIP package itself, base64-encoded. */
    zipFile?: string;
    /** @description OSS bucket that holds the ZIP package. */
    ossBucketName?: string;
    /** @description Key of the ZIP package in that bucket. */
    ossObjectName?: string;
};
/** @description Container image a custom-container function runs, and how it starts. */
export type CustomContainerConfig = {
    /** @description Address of the container image. */
    image?: string;
    /** @description Entrypoint override, written as a JSON array of strings inside a string (for example `["/code/myserver"]`). */
    command?: string;
    /** @description Arguments for the entrypoint, written as a JSON array of strings inside a string. */
    args?: string;
    /** @description Image acceleration mode, for example Default. */
    accelerationType?: string;
    /** @description ID of the container registry instance that hosts the image. */
    instanceID?: string;
    /** @description Whether the image runs an HTTP server that receives the invocations. */
    webServerMode?: boolean;
};
/** @description Hooks the service calls at points of an instance's life. */
export type InstanceLifecycleConfig = {
    /** @description Hook run before the instance is frozen. */
    preFreeze?: LifecycleHook;
    /** @description Hook run before the instance is stopped. */
    preStop?: LifecycleHook;
};
/** @description One lifecycle hook. */
export type LifecycleHook = {
    /** @description Entry point of the hook. */
    handler?: string;
    /** @description Time limit for the hook in seconds. */
    timeout?: number;
};
/** @description Resolver settings written into the instances' DNS configuration. */
export type CustomDNS = {
    /** @description Addresses of the DNS servers to use. */
    nameServers?: string[];
    /** @description Search domains for short host names. */
    searches?: string[];
    /** @description Resolver options. */
    dnsOptions?: DNSOption[];
};
/** @description One resolver option, such as ndots. */
export type DNSOption = {
    /** @description Option name. */
    name?: string;
    /** @description Option value, as a string. */
    value?: string;
};
/** @description How the bootstrap of a custom runtime is started. */
export type CustomRuntimeConfig = {
    /** @description Start command, one element per word. */
    command?: string[];
    /** @description Arguments passed to the command. */
    args?: string[];
};
/** @description HTTP health check the service runs against each instance. */
export type CustomHealthCheckConfig = {
    /** @description Path requested with GET to probe the instance. */
    httpGetUrl?: string;
    /** @description Seconds to wait after start before the first probe. */
    initialDelaySeconds?: number;
    /** @description Seconds between probes. */
    periodSeconds?: number;
    /** @description Seconds after which a probe counts as failed. */
    timeoutSeconds?: number;
    /** @description Consecutive failed probes after which the instance counts as unhealthy. */
    failureThreshold?: number;
    /** @description Consecutive good probes after which the instance counts as healthy. */
    successThreshold?: number;
};
/** @description Error details returned with a failed request. Not from the page; left open because clients for this service read the fields under more than one spelling. */
export type FcErrorBody = {
    /** @description Machine-readable error code, for example FunctionNotFound. */
    errorCode?: string;
    /** @description Human-readable explanation of the error. */
    errorMessage?: string;
};
/** One of {@link UpdateFunctionRequestBodyRuntimeValues}. */
export type UpdateFunctionRequestBodyRuntime = (typeof UpdateFunctionRequestBodyRuntimeValues)[number];
/** Every value {@link UpdateFunctionRequestBodyRuntime} may take, in the order the spec lists them. */
export declare const UpdateFunctionRequestBodyRuntimeValues: readonly ["nodejs20", "nodejs18", "nodejs16", "nodejs14", "nodejs12", "nodejs10", "nodejs8", "nodejs6", "nodejs4.4", "python3.10", "python3.9", "python3", "python2.7", "java11", "java8", "go1", "php7.2", "dotnetcore3.1", "dotnetcore2.1", "custom.debian10", "custom", "custom-container"];
/** One of {@link UpdateFunctionRequestBodyDiskSizeValues}. */
export type UpdateFunctionRequestBodyDiskSize = (typeof UpdateFunctionRequestBodyDiskSizeValues)[number];
/** Every value {@link UpdateFunctionRequestBodyDiskSize} may take, in the order the spec lists them. */
export declare const UpdateFunctionRequestBodyDiskSizeValues: readonly [512, 10240];
/** The function as stored after the update. The page has no response table: the fields are those of its JSON example and of the SDK model, which agree. */
export type UpdateFunctionResponseBody = Readable<components["schemas"]["UpdateFunctionResponseBody"]>;
/** Request (write) view of {@link UpdateFunctionResponseBody}: read-only properties removed. */
export type UpdateFunctionResponseBodyWritable = Writable<components["schemas"]["UpdateFunctionResponseBody"]>;
/** path parameters of UpdateFunction. */
export type UpdateFunctionPathParams = NonNullable<paths["/2021-04-06/services/{serviceName}/functions/{functionName}"]["put"]["parameters"]["path"]>;
/** header parameters of UpdateFunction. */
export type UpdateFunctionHeaders = NonNullable<paths["/2021-04-06/services/{serviceName}/functions/{functionName}"]["put"]["parameters"]["header"]>;
/** Body of the 200 response of UpdateFunction. */
export type UpdateFunctionResponse200 = UpdateFunctionResponseBody;
/** Body of the 4XX response of UpdateFunction. */
export type UpdateFunctionResponse4xx = FcErrorBody;
/** Body of the 5XX response of UpdateFunction. */
export type UpdateFunctionResponse5xx = FcErrorBody;
