/** The output formats `--format` accepts, by name. */
import { github } from './github';
import { gitlab } from './gitlab';
import { json, jsonWithMetadata } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

/** Formatter by `--format` name. */
export const formatters = { stylish, json, 'json-with-metadata': jsonWithMetadata, sarif, github, junit, gitlab } satisfies Record<string, Formatter>;

/** A name `--format` accepts. */
export type FormatName = keyof typeof formatters;

/** The names `--format` accepts, in the order `--help` lists them. */
export const formatNames = Object.keys(formatters) as FormatName[];

/** Whether `name` is a format `--format` accepts. */
export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(formatters, name);
}

export type { Formatter, FormatterContext, RuleDescriptor } from './types';
