import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { EventProjectsController } from './event-projects.controller.js';
import { ProjectsController } from './projects.controller.js';
import { SignedProject } from './signed-project.entity.js';
import { SignedProjectsService } from './signed-projects.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([SignedProject]), IdentityModule],
  controllers: [EventProjectsController, ProjectsController],
  providers: [SignedProjectsService],
  exports: [SignedProjectsService],
})
export class ProjectsModule {}
