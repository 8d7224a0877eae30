import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { PeopleService } from '../people/people.service.js';
import { EventMousController } from './event-mous.controller.js';
import { MouParty } from './mou-party.entity.js';
import { Mou } from './mou.entity.js';
import { MousController } from './mous.controller.js';
import { MousService } from './mous.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Mou, MouParty]), IdentityModule],
  controllers: [EventMousController, MousController],
  providers: [MousService, PeopleService],
  exports: [MousService],
})
export class MousModule {}
