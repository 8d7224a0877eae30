import 'reflect-metadata';
import { helloCore } from '@app/core';
import { ThingDto } from './x/thing.dto.js';
console.log(helloCore(), Reflect.getMetadata('design:type', ThingDto.prototype, 'name')?.name, (ThingDto as any)._OPENAPI_METADATA_FACTORY?.());
