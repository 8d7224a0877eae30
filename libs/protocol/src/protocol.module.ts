import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { RegisterModule } from '@app/register';
import { BadgeCheckInController } from './check-in/badge-check-in.controller.js';
import { BadgeCheckInService } from './check-in/badge-check-in.service.js';
import { ProtocolFilesController } from './outputs/protocol-files.controller.js';
import { ProtocolFilesService } from './outputs/protocol-files.service.js';
import { SeatingPlan } from './seating/seating-plan.entity.js';
import { SeatingPlansController } from './seating/seating-plans.controller.js';
import { SeatingPlansService } from './seating/seating-plans.service.js';

/** Protocol outputs: seating plans, the charts, place cards and badges made from them, and check-in by badge code. */
@Module({
  imports: [TypeOrmModule.forFeature([SeatingPlan]), IdentityModule, RegisterModule],
  controllers: [SeatingPlansController, ProtocolFilesController, BadgeCheckInController],
  providers: [SeatingPlansService, ProtocolFilesService, BadgeCheckInService],
  exports: [SeatingPlansService],
})
export class ProtocolModule {}
