/**
 * The constraints read out of row descriptions and type cells, one phrasing per case, in the
 * wording the captures use (Chinese stacked/piped, English, Alibaba). The phrases are facts of the
 * page formats (numbers, units, punctuation), not copied sentences.
 */
import { describe, expect, it } from 'vitest';
import { rowFacts, type RowFacts } from '../../generator/pages/row-facts.js';
import { describePageType, parsePageType } from '../../generator/pages/page-type.js';

const values = (f: RowFacts): Record<string, unknown> => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, (v as { value: unknown }).value]));

describe('rowFacts', () => {
  it.each([
    ['超时,范围3~259200秒。', { minimum: 3, maximum: 259200 }],
    ['v1取值0和-1,v2取值-1到1000。', { minimum: -1, maximum: 1000 }],
    ['单位M。 最小值为128,最大值为4096。', { minimum: 128, maximum: 4096 }],
    ['Timeout. Value range: 3s–259,200s.', { minimum: 3, maximum: 259200 }],
    ['Timeout. Range: 1s to 300s.', { minimum: 1, maximum: 300 }],
    ['For v2, it ranges from –1 to 1000.', { minimum: -1, maximum: 1000 }],
    ['The value ranges from 1 to 1,000.', { minimum: 1, maximum: 1000 }],
    ['Unit: seconds. Minimum value: 1. Default value: 3.', { minimum: 1, default: '3' }],
    ['The minimum value is 1 second.', { minimum: 1 }],
    ['Minimum value: 64. Maximum value: 1024.', { minimum: 64, maximum: 1024 }],
  ])('reads the range in %j', (text, want) => {
    expect(values(rowFacts(text))).toEqual(want);
  });

  it.each([
    ['名称\n最小长度:3\n最大长度:128', { minLength: 3, maxLength: 128 }],
    ['长度不超过60个字符。 最小长度:1 最大长度:60', { maxLength: 60, minLength: 1 }],
    ['只能由英文字母、数字组成,且长度为32个字符。', { minLength: 32, maxLength: 32 }],
    ['最多定义20个,总长度不超过4KB。', { maxLength: 4096 }],
    ['A maximum of 20 such parameters, and their total length cannot exceed 4 KB.', { maxLength: 4096 }],
    ['Minimum length: 3 character.\nMaximum length: 128 characters.', { minLength: 3, maxLength: 128 }],
  ])('reads the length in %j', (text, want) => {
    expect(values(rowFacts(text))).toEqual(want);
  });

  it.each([
    ['执行环境。\n枚举值:\n• Java8\n• Custom Image', ['Java8', 'Custom Image']],
    ['Runtime.\nEnumeration values:\n• Python3.9\n• http', ['Python3.9', 'http']],
    ['运行时\n取值范围\n• Java8: Java 8\n• C#(.NET Core 2.1): C# 2.1\n• Cangjie1.0:仓颉1.0版本', ['Java8', 'C#(.NET Core 2.1)', 'Cangjie1.0']],
    ['参数解释:\n代码类型。\n取值范围:\ninline: 在线编辑。\nzip: 压缩包。\n参考:另一页面\n默认取值:', ['inline', 'zip']],
    ['主题颜色。 枚举值:\n- red\n- blue', ['red', 'blue']],
    ['取值范围为:128、256、512。 最小值为128,最大值为512。', ['128', '256', '512']],
    ['代码类型,取值有3种。 inline: 在线。 zip: 压缩包。 obs: 对象存储。 枚举值:', ['inline', 'zip', 'obs']],
    ['Memory. The value can be 128, 256 or 512.', ['128', '256', '512']],
    ['Runtime. Valid values: nodejs20, python3.10, python3.9, and custom.', ['nodejs20', 'python3.10', 'python3.9', 'custom']],
    ['Disk size. Valid values: 512 MB and 10240 MB.', ['512', '10240']],
  ])('reads the enum in %j', (text, want) => {
    expect(rowFacts(text).enum?.value).toEqual(want);
  });

  it.each(['不涉及。', 'For v1, the value can be 0 or –1.', '函数状态。', '执行环境。 枚举值:', 'Valid values:', 'Labels attached to the widget.'])(
    'states nothing in %j',
    (text) => {
      expect(values(rowFacts(text))).toEqual({});
    },
  );

  it.each([
    ['函数版本;缺省值:v2 枚举值:', 'v2'],
    ['参数解释:\n媒体类型。\n默认取值:\napplication/json', 'application/json'],
    ['Unit: seconds. Minimum value: 1. Default value: 3.', '3'],
    ['The minimum value is 1 second. The default value is 3 seconds.', '3'],
  ])('reads the default in %j', (text, want) => {
    expect(rowFacts(text).default?.value).toBe(want);
  });

  it('reads no default from 默认取值: 不涉及。', () => {
    expect(rowFacts('默认取值:\n不涉及。').default).toBeUndefined();
  });

  it('quotes the phrase a fact was read from', () => {
    expect(rowFacts('超时,范围3~259200秒。').maximum?.text).toBe('范围3~259200');
  });
});

describe('parsePageType', () => {
  it.each([
    ['String', 'string'],
    ['Long', 'integer (int64)'],
    ['float', 'number'],
    ['Array of strings', 'array of string'],
    ['Array of FuncMount objects', 'array of object (FuncMount)'],
    ['FuncVpc object', 'object (FuncVpc)'],
    ['Map<String,String>', 'map of string'],
    ['CustomDNS', 'object (CustomDNS)'],
    ['array', 'array'],
  ])('reads %j', (cell, want) => {
    const t = parsePageType(cell);
    expect(t && describePageType(t)).toBe(want);
  });

  it('rejects a cell that is no type', () => {
    expect(parsePageType('函数名称。')).toBeUndefined();
    expect(parsePageType('No')).toBeUndefined();
  });
});
